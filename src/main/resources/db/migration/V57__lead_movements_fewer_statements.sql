-- A lead's movement in four statements instead of ten or eleven.
--
-- Why: with its statements planned once (TransactionLabels.GENERIC_PLANS), PostgreSQL's CPU per lead operation goes
-- mostly to starting and ending statements, not to the rows: in perf over a hot round, executor start-up 18 % and
-- PL/pgSQL 38 %, heap inserts 1 % (PERFORMANCE.md, run 27). A reservation ran move_for_lead -> reserve_on_deposit ->
-- apply_locked_deposit_movement, each function's rows handed up by a "return query select" of its own: ten
-- statements, eleven for a capture or release through apply_deposit_movement. Now move_for_lead locks the deposit,
-- applies the lead rules and calls apply_locked_deposit_movement once, which returns its row without a statement
-- (RETURN NEXT): the lock, the call, the update and the ledger insert.
--
-- The rules keep one home: move_for_lead holds what RESERVE, CAPTURE and RELEASE do to a deposit, and
-- reserve_on_deposit, deduct_from_deposit and release_reservation keep their signatures and outcomes as its
-- wrappers (every other caller and the ledger properties go through them). apply_deposit_movement (credits,
-- adjustments) is unchanged but for the statement its callee saves.

create or replace function apply_locked_deposit_movement(
  d company_deposits, p_type varchar, p_amount numeric, p_balance_delta numeric, p_reserved_delta numeric,
  p_lead uuid, p_payment uuid, p_reason varchar, p_by uuid)
returns table (outcome varchar, balance numeric, reserved numeric, reference_amount numeric,
               alert_level varchar, previous_level varchar, transaction_id bigint)
language plpgsql as $$
declare
  prev varchar := d.alert_level;
  tx bigint;
begin
  d.balance := d.balance + p_balance_delta;
  d.reserved := d.reserved + p_reserved_delta;
  if p_type = 'CREDIT' then
    d.reference_amount := d.balance - d.reserved;
  end if;
  d.alert_level := deposit_alert_level(d.balance - d.reserved, d.reference_amount);
  update company_deposits c
     set balance = d.balance, reserved = d.reserved, reference_amount = d.reference_amount, alert_level = d.alert_level
   where c.id = d.id;
  insert into deposit_transactions (deposit_id, merchant_id, type, amount, lead_id, payment_id, balance_after, reserved_after, reason, created_by)
  values (d.id, d.merchant_id, p_type, p_amount, p_lead, p_payment, d.balance, d.reserved, p_reason, p_by)
  returning id into tx;
  outcome := 'OK';
  balance := d.balance;
  reserved := d.reserved;
  reference_amount := d.reference_amount;
  alert_level := d.alert_level;
  previous_level := prev;
  transaction_id := tx;
  return next;
end $$;

-- RESERVE: a new lead holds its commission; refused when the deposit is DEPLETED or cannot cover it.
-- CAPTURE: a validated lead's commission leaves the balance and the reserve. RELEASE: a rejected or expired lead's
-- reserve becomes available again. NOT_FOUND when there is no such deposit.
create or replace function move_for_lead(p_kind varchar, p_deposit uuid, p_lead uuid, p_amount numeric, p_by uuid)
returns table (outcome varchar, balance numeric, reserved numeric, reference_amount numeric,
               alert_level varchar, previous_level varchar, transaction_id bigint)
language plpgsql as $$
declare
  d company_deposits%rowtype;
begin
  if p_kind not in ('RESERVE', 'CAPTURE', 'RELEASE') then
    raise exception 'not a lead movement: %', p_kind;
  end if;
  select * into d from company_deposits where id = p_deposit for no key update;
  if not found then
    outcome := 'NOT_FOUND';
    return next;
  elsif p_kind = 'RESERVE'
        and (d.alert_level = 'DEPLETED' or d.balance - d.reserved <= 0 or d.balance - d.reserved < p_amount) then
    outcome := case when d.alert_level = 'DEPLETED' or d.balance - d.reserved <= 0 then 'DEPLETED'
                    else 'INSUFFICIENT' end;
    balance := d.balance;
    reserved := d.reserved;
    reference_amount := d.reference_amount;
    alert_level := d.alert_level;
    previous_level := d.alert_level;
    return next;
  else
    return query select * from apply_locked_deposit_movement(d, p_kind, p_amount,
        case p_kind when 'CAPTURE' then -p_amount else 0 end,
        case p_kind when 'RESERVE' then p_amount else -p_amount end,
        p_lead, null, null, p_by);
  end if;
end $$;

create or replace function reserve_on_deposit(p_deposit uuid, p_lead uuid, p_amount numeric, p_by uuid)
returns table (outcome varchar, balance numeric, reserved numeric, reference_amount numeric,
               alert_level varchar, previous_level varchar, transaction_id bigint)
language plpgsql as $$
begin
  return query select * from move_for_lead('RESERVE', p_deposit, p_lead, p_amount, p_by);
end $$;

create or replace function deduct_from_deposit(p_deposit uuid, p_lead uuid, p_amount numeric, p_by uuid)
returns table (outcome varchar, balance numeric, reserved numeric, reference_amount numeric,
               alert_level varchar, previous_level varchar, transaction_id bigint)
language plpgsql as $$
begin
  return query select * from move_for_lead('CAPTURE', p_deposit, p_lead, p_amount, p_by);
end $$;

create or replace function release_reservation(p_deposit uuid, p_lead uuid, p_amount numeric, p_by uuid)
returns table (outcome varchar, balance numeric, reserved numeric, reference_amount numeric,
               alert_level varchar, previous_level varchar, transaction_id bigint)
language plpgsql as $$
begin
  return query select * from move_for_lead('RELEASE', p_deposit, p_lead, p_amount, p_by);
end $$;
