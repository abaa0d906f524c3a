-- Rollups applied in batches from a queue instead of inside each lead's transaction.
--
-- Why: applying one lead's change to the rollups is ~30 row upserts through three grouped INSERT .. ON CONFLICT
-- statements: 4-5 ms of PostgreSQL time per single-lead insert (measured with EXPLAIN ANALYZE on 1 000 000 generated
-- leads), more than the rest of the intake together, and it locked the merchant's, the campaign's, the influencer's
-- and a platform shard's rows of the day until commit, so that concurrent submissions queued behind each other.
-- Now the lead's statement appends its changes to lead_rollup_queue (one row, no shared row locked) in the same
-- transaction — nothing is lost, whatever happens after the commit — and drain_lead_rollup_queue applies the queued
-- changes of many transactions in one go: the service drains in the background every half second, and every stats
-- read drains first, so that it sees every lead change committed before it started (exact, not eventually exact).

create table lead_rollup_queue (
  id      bigint generated always as identity primary key,
  deltas  lead_rollup_delta[] not null
);
alter table lead_rollup_queue enable row level security;
alter table lead_rollup_queue force row level security;
create policy lead_rollup_queue_staff on lead_rollup_queue for all
  using ((select app_is_staff())) with check ((select app_is_staff()));

create or replace function leads_rollup_trigger() returns trigger language plpgsql as $$
declare
  caller_role text := current_setting('app.role', true);
  deltas lead_rollup_delta[];
begin
  if tg_op = 'INSERT' then
    select array_agg(lead_rollup_delta_of(n, 1)) into deltas from new_rows n;
  elsif tg_op = 'UPDATE' then
    select array_agg(x.delta) into deltas
      from (select lead_rollup_delta_of(o, -1) as delta, lead_rollup_delta_of(n, 1) as back
              from old_rows o join new_rows n on n.id = o.id
             where (o.status, o.merchant_id, o.influencer_id, o.campaign_id, o.created_at, o.decided_at, o.source,
                    o.city, o.commission, o.service_value)
                   is distinct from
                   (n.status, n.merchant_id, n.influencer_id, n.campaign_id, n.created_at, n.decided_at, n.source,
                    n.city, n.commission, n.service_value)) c
     cross join lateral (values (c.delta), (c.back)) x(delta);
  else
    select array_agg(lead_rollup_delta_of(o, -1)) into deltas from old_rows o;
  end if;
  if deltas is not null then
    -- the caller (an influencer submitting a lead) may not write the platform's queue: elevate, then give back
    perform set_config('app.role', 'SYSTEM', true);
    insert into lead_rollup_queue (deltas) values (deltas);
    perform set_config('app.role', coalesce(caller_role, ''), true);
  end if;
  return null;
end $$;

-- Applies and removes queued changes in one batch: the oldest p_limit queue rows (null: all of them).
-- p_wait (a stats read catching up, with p_limit null): rows another drain holds are waited for, so that when it
--   returns every lead change committed before the call is in the rollups.
-- not p_wait (the background drain, beside other instances' drains): rows others hold are skipped.
-- One batch per call and per transaction on purpose: a drain takes its queue rows (in id order) before any rollup
-- row and upserts the rollup rows sorted, so two drains cannot wait for each other in a cycle; a second batch in the
-- same transaction would wait for queue rows while holding rollup rows (a deadlock, seen in a test).
-- Returns the number of lead changes applied. Changes are sums: batches may apply in any order.
create or replace function drain_lead_rollup_queue(p_limit integer, p_wait boolean) returns integer
language plpgsql as $$
declare
  caller_role text := current_setting('app.role', true);
  batch lead_rollup_delta[];
begin
  perform set_config('app.role', 'SYSTEM', true);
  if p_wait then
    with taken as (
      delete from lead_rollup_queue
       where id in (select id from lead_rollup_queue order by id limit p_limit for update)
      returning deltas)
    select array_agg(d) into batch from taken cross join lateral unnest(taken.deltas) d;
  else
    with taken as (
      delete from lead_rollup_queue
       where id in (select id from lead_rollup_queue order by id limit p_limit for update skip locked)
      returning deltas)
    select array_agg(d) into batch from taken cross join lateral unnest(taken.deltas) d;
  end if;
  if batch is not null then
    perform apply_lead_rollup_deltas(batch);
  end if;
  perform set_config('app.role', coalesce(caller_role, ''), true);
  return coalesce(cardinality(batch), 0);
end $$;
