-- The money rules in SQL: the commission rule, the alert policy and every deposit movement with its ledger row.
-- The service calls these functions, so a movement and its ledger row are one statement in one transaction.

-- SPEC "Commission of a lead": value < threshold -> round_half_up(value * rate %, 2), else the flat amount.
-- PostgreSQL's round(numeric) rounds halves away from zero, which is half-up for the positive values allowed here.
create or replace function calculate_lead_commission(p_value numeric, p_threshold numeric, p_rate numeric, p_flat numeric)
returns numeric language sql immutable strict as $$
  select case when p_value < p_threshold then round(p_value * p_rate / 100, 2) else round(p_flat, 2) end
$$;

-- SPEC "Alert levels", on r = available / reference, compared without division so the boundaries are exact.
create or replace function deposit_alert_level(p_available numeric, p_reference numeric)
returns varchar language sql immutable strict as $$
  select case
    when p_available <= 0 then 'DEPLETED'
    when p_reference <= 0 then 'HEALTHY'
    when p_available * 100 > p_reference * 50 then 'HEALTHY'
    when p_available * 100 > p_reference * 20 then 'ATTENTION'
    when p_available * 100 > p_reference * 10 then 'WARNING'
    else 'CRITICAL'
  end
$$;

-- One movement: change balance and reserved, recompute the level, append the ledger row. The table's checks
-- (balance >= 0, 0 <= reserved <= balance) make any movement that would break the rules fail here.
create or replace function apply_deposit_movement(
  p_deposit uuid, p_type varchar, p_amount numeric, p_balance_delta numeric, p_reserved_delta numeric,
  p_lead uuid, p_payment uuid, p_reason varchar, p_by uuid)
returns table (outcome varchar, balance numeric, reserved numeric, reference_amount numeric,
               alert_level varchar, previous_level varchar, transaction_id bigint)
language plpgsql as $$
declare
  d company_deposits%rowtype;
  prev varchar;
  tx bigint;
begin
  select * into d from company_deposits where id = p_deposit for no key update;
  if not found then
    return query select 'NOT_FOUND'::varchar, null::numeric, null::numeric, null::numeric, null::varchar, null::varchar, null::bigint;
    return;
  end if;
  prev := d.alert_level;
  d.balance := d.balance + p_balance_delta;
  d.reserved := d.reserved + p_reserved_delta;
  if p_type = 'CREDIT' then
    d.reference_amount := d.balance - d.reserved;
  end if;
  d.alert_level := deposit_alert_level(d.balance - d.reserved, d.reference_amount);
  update company_deposits c
     set balance = d.balance, reserved = d.reserved, reference_amount = d.reference_amount, alert_level = d.alert_level
   where c.id = p_deposit;
  insert into deposit_transactions (deposit_id, merchant_id, type, amount, lead_id, payment_id, balance_after, reserved_after, reason, created_by)
  values (p_deposit, d.merchant_id, p_type, p_amount, p_lead, p_payment, d.balance, d.reserved, p_reason, p_by)
  returning id into tx;
  return query select 'OK'::varchar, d.balance, d.reserved, d.reference_amount, d.alert_level, prev, tx;
end $$;

-- RESERVE: a new lead holds its commission. Refused when the deposit is DEPLETED or cannot cover it.
create or replace function reserve_on_deposit(p_deposit uuid, p_lead uuid, p_amount numeric, p_by uuid)
returns table (outcome varchar, balance numeric, reserved numeric, reference_amount numeric,
               alert_level varchar, previous_level varchar, transaction_id bigint)
language plpgsql as $$
declare
  d company_deposits%rowtype;
begin
  select * into d from company_deposits where id = p_deposit for no key update;
  if not found then
    return query select 'NOT_FOUND'::varchar, null::numeric, null::numeric, null::numeric, null::varchar, null::varchar, null::bigint;
  elsif d.alert_level = 'DEPLETED' or d.balance - d.reserved <= 0 then
    return query select 'DEPLETED'::varchar, d.balance, d.reserved, d.reference_amount, d.alert_level, d.alert_level, null::bigint;
  elsif d.balance - d.reserved < p_amount then
    return query select 'INSUFFICIENT'::varchar, d.balance, d.reserved, d.reference_amount, d.alert_level, d.alert_level, null::bigint;
  else
    return query select * from apply_deposit_movement(p_deposit, 'RESERVE', p_amount, 0, p_amount, p_lead, null, null, p_by);
  end if;
end $$;

-- CAPTURE (the source's deduct_from_deposit): a validated lead's commission leaves the deposit.
create or replace function deduct_from_deposit(p_deposit uuid, p_lead uuid, p_amount numeric, p_by uuid)
returns table (outcome varchar, balance numeric, reserved numeric, reference_amount numeric,
               alert_level varchar, previous_level varchar, transaction_id bigint)
language sql as $$
  select * from apply_deposit_movement(p_deposit, 'CAPTURE', p_amount, -p_amount, -p_amount, p_lead, null, null, p_by)
$$;

-- RELEASE: a rejected or expired lead gives its commission back to the available amount.
create or replace function release_reservation(p_deposit uuid, p_lead uuid, p_amount numeric, p_by uuid)
returns table (outcome varchar, balance numeric, reserved numeric, reference_amount numeric,
               alert_level varchar, previous_level varchar, transaction_id bigint)
language sql as $$
  select * from apply_deposit_movement(p_deposit, 'RELEASE', p_amount, 0, -p_amount, p_lead, null, null, p_by)
$$;

-- CREDIT (the source's recharge_deposit): a succeeded payment funds the deposit, once.
create or replace function recharge_deposit(p_deposit uuid, p_payment uuid, p_amount numeric, p_by uuid)
returns table (outcome varchar, balance numeric, reserved numeric, reference_amount numeric,
               alert_level varchar, previous_level varchar, transaction_id bigint)
language plpgsql as $$
declare
  d company_deposits%rowtype;
begin
  select * into d from company_deposits where id = p_deposit for no key update;
  if exists (select 1 from deposit_transactions t where t.payment_id = p_payment and t.type = 'CREDIT') then
    return query select 'ALREADY_CREDITED'::varchar, d.balance, d.reserved, d.reference_amount, d.alert_level, d.alert_level, null::bigint;
  else
    return query select * from apply_deposit_movement(p_deposit, 'CREDIT', p_amount, p_amount, 0, null, p_payment, null, p_by);
  end if;
end $$;

-- ADJUSTMENT: an admin correction with a reason; the sign of the amount says which way the balance moves.
create or replace function adjust_deposit(p_deposit uuid, p_amount numeric, p_reason varchar, p_by uuid)
returns table (outcome varchar, balance numeric, reserved numeric, reference_amount numeric,
               alert_level varchar, previous_level varchar, transaction_id bigint)
language plpgsql as $$
declare
  d company_deposits%rowtype;
begin
  select * into d from company_deposits where id = p_deposit for no key update;
  if found and d.balance + p_amount < d.reserved then
    return query select 'INSUFFICIENT'::varchar, d.balance, d.reserved, d.reference_amount, d.alert_level, d.alert_level, null::bigint;
  else
    return query select * from apply_deposit_movement(p_deposit, 'ADJUSTMENT', p_amount, p_amount, 0, null, null, p_reason, p_by);
  end if;
end $$;

-- The source's three views. security_invoker makes them obey the row-level security of the caller.
create or replace view merchant_deposit_balances with (security_invoker = true) as
select d.id as deposit_id, d.merchant_id, d.campaign_id, d.balance, d.reserved,
       d.balance - d.reserved as available, d.reference_amount,
       case when d.reference_amount > 0 then round((d.balance - d.reserved) * 100 / d.reference_amount, 1) else 0 end as percentage,
       d.alert_level, d.alert_level = 'DEPLETED' as blocked, d.updated_at
  from company_deposits d;

create or replace view lead_campaign_stats with (security_invoker = true) as
select c.id as campaign_id, c.merchant_id, c.name as campaign_name,
       count(l.id) as total_leads,
       count(l.id) filter (where l.status = 'PENDING') as pending_leads,
       count(l.id) filter (where l.status = 'VALIDATED') as validated_leads,
       count(l.id) filter (where l.status = 'REJECTED') as rejected_leads,
       count(l.id) filter (where l.status = 'EXPIRED') as expired_leads,
       coalesce(sum(l.commission) filter (where l.status = 'VALIDATED'), 0) as commissions_captured,
       coalesce(sum(l.commission) filter (where l.status = 'PENDING'), 0) as commissions_pending,
       coalesce(sum(l.service_value) filter (where l.status = 'VALIDATED'), 0) as validated_value
  from campaigns c left join leads l on l.campaign_id = c.id
 group by c.id, c.merchant_id, c.name;

create or replace view influencer_lead_performance with (security_invoker = true) as
select l.influencer_id, l.merchant_id,
       count(*) as total_leads,
       count(*) filter (where l.status = 'PENDING') as pending_leads,
       count(*) filter (where l.status = 'VALIDATED') as validated_leads,
       count(*) filter (where l.status = 'REJECTED') as rejected_leads,
       count(*) filter (where l.status = 'EXPIRED') as expired_leads,
       coalesce(sum(l.commission) filter (where l.status = 'VALIDATED'), 0) as earnings,
       coalesce(sum(l.commission) filter (where l.status = 'PENDING'), 0) as pending_earnings
  from leads l
 group by l.influencer_id, l.merchant_id;

-- Row-level security: a second wall behind the service's own checks. The service sets app.user_id and app.role
-- per transaction; ADMIN and SYSTEM (scheduled jobs, webhooks) see everything; nobody set -> nothing.
alter table campaigns enable row level security;
alter table campaigns force row level security;
create policy campaigns_read on campaigns for select using (app_role() <> 'NONE');
create policy campaigns_write on campaigns for all using (app_is_staff() or merchant_id = app_user_id())
  with check (app_is_staff() or merchant_id = app_user_id());

alter table campaign_settings enable row level security;
alter table campaign_settings force row level security;
create policy campaign_settings_read on campaign_settings for select using (app_role() <> 'NONE');
create policy campaign_settings_write on campaign_settings for all using (app_is_staff() or merchant_id = app_user_id())
  with check (app_is_staff() or merchant_id = app_user_id());

alter table influencer_agreements enable row level security;
alter table influencer_agreements force row level security;
create policy agreements_parties on influencer_agreements for all
  using (app_is_staff() or merchant_id = app_user_id() or influencer_id = app_user_id())
  with check (app_is_staff() or merchant_id = app_user_id() or influencer_id = app_user_id());

alter table leads enable row level security;
alter table leads force row level security;
create policy leads_parties on leads for all
  using (app_is_staff() or merchant_id = app_user_id() or influencer_id = app_user_id())
  with check (app_is_staff() or merchant_id = app_user_id() or influencer_id = app_user_id());

alter table lead_validation enable row level security;
alter table lead_validation force row level security;
create policy lead_validation_merchant on lead_validation for all
  using (app_is_staff() or merchant_id = app_user_id())
  with check (app_is_staff() or merchant_id = app_user_id());

alter table company_deposits enable row level security;
alter table company_deposits force row level security;
create policy deposits_owner on company_deposits for all
  using (app_is_staff() or merchant_id = app_user_id())
  with check (app_is_staff() or merchant_id = app_user_id());

alter table deposit_transactions enable row level security;
alter table deposit_transactions force row level security;
create policy deposit_transactions_owner on deposit_transactions for all
  using (app_is_staff() or merchant_id = app_user_id())
  with check (app_is_staff() or merchant_id = app_user_id());

alter table payments enable row level security;
alter table payments force row level security;
create policy payments_owner on payments for all
  using (app_is_staff() or merchant_id = app_user_id())
  with check (app_is_staff() or merchant_id = app_user_id());

alter table payment_status_history enable row level security;
alter table payment_status_history force row level security;
create policy payment_status_history_owner on payment_status_history for all
  using (app_is_staff() or merchant_id = app_user_id())
  with check (app_is_staff() or merchant_id = app_user_id());
