-- SQL functions that every lead operation runs, planned once instead of on every call.
--
-- Why: PostgreSQL inlines a one-expression SQL function into its caller's plan only when nothing in it defeats the
-- rule, and STRICT does: a STRICT function is inlined only when its body is provably null on null input, which a
-- CASE or LEAST is not; a STRICT set-returning function is never inlined. Each of these was therefore run as a
-- separate query, parsed and planned again on every call: pg_stat_statements (track = all) and
-- pg_stat_user_functions over a benchmark run counted lead_ten_day_block 33 342 times for 7 241 lead operations
-- (2.4 s), lead_rollup_periods 64 669 times (0.7 s of its own), deposit_alert_level once per ledger movement (82 µs
-- each) and lead_decision_bucket once per decision (190 µs each): ~0.56 ms of PostgreSQL time per lead operation,
-- a fifth of it. Same bodies, without STRICT; where a null argument must still give null, the body says so.
-- deduct_from_deposit and release_reservation cannot be inlined (they call a PL/pgSQL function for its rows), so
-- as SQL functions they were planned on every decision (~0.16 ms each); PL/pgSQL keeps the plan for the session.

create or replace function lead_ten_day_block(p_day date) returns date language sql immutable as $$
  select make_date(extract(year from p_day)::int, extract(month from p_day)::int,
                   least((extract(day from p_day)::int - 1) / 10, 2) * 10 + 1)
$$;

create or replace function lead_rollup_periods(p_scope smallint, p_day date)
returns table (grain char(1), period date) language sql immutable as $$
  select 'D'::char(1), p_day where p_day is not null
  union all select 'M'::char(1), date_trunc('month', p_day)::date where p_day is not null
  union all select 'T'::char(1), lead_ten_day_block(p_day) where p_scope <= 3 and p_day is not null
$$;

create or replace function lead_decision_bucket(p_seconds bigint) returns integer language sql immutable as $$
  select (case when p_seconds < 3600 then p_seconds / 60 * 60
               when p_seconds < 86400 then p_seconds / 300 * 300
               else p_seconds / 3600 * 3600 end)::integer
$$;

create or replace function deposit_alert_level(p_available numeric, p_reference numeric)
returns varchar language sql immutable as $$
  select case
    when p_available is null or p_reference is null then null
    when p_available <= 0 then 'DEPLETED'
    when p_reference <= 0 then 'HEALTHY'
    when p_available * 100 > p_reference * 50 then 'HEALTHY'
    when p_available * 100 > p_reference * 20 then 'ATTENTION'
    when p_available * 100 > p_reference * 10 then 'WARNING'
    else 'CRITICAL'
  end
$$;

create or replace function deduct_from_deposit(p_deposit uuid, p_lead uuid, p_amount numeric, p_by uuid)
returns table (outcome varchar, balance numeric, reserved numeric, reference_amount numeric,
               alert_level varchar, previous_level varchar, transaction_id bigint)
language plpgsql as $$
begin
  return query select * from apply_deposit_movement(p_deposit, 'CAPTURE', p_amount, -p_amount, -p_amount, p_lead, null, null, p_by);
end $$;

create or replace function release_reservation(p_deposit uuid, p_lead uuid, p_amount numeric, p_by uuid)
returns table (outcome varchar, balance numeric, reserved numeric, reference_amount numeric,
               alert_level varchar, previous_level varchar, transaction_id bigint)
language plpgsql as $$
begin
  return query select * from apply_deposit_movement(p_deposit, 'RELEASE', p_amount, 0, -p_amount, p_lead, null, null, p_by);
end $$;
