-- Analytics read models: per-day and per-month rollups of the leads, kept in the same transaction as every change
-- of a lead by statement-level triggers (so no code path, not even bulk SQL, can forget them), so that the stats
-- endpoints read a number of rows that does not grow with the number of leads.
--
-- A rollup row belongs to one scope; the zero UUID in merchant_id / influencer_id / campaign_id means "all":
--   1 PLATFORM (sharded by lead over 8 rows so concurrent intakes of different merchants do not queue on one row)
--   2 MERCHANT (merchant)            3 INFLUENCER (influencer)       4 CAMPAIGN (merchant, campaign)
--   5 MERCHANT_INFLUENCER (merchant, influencer)                     6 CAMPAIGN_INFLUENCER (merchant, influencer, campaign)
-- grain 'D' is a business day in Africa/Casablanca, grain 'M' a month (period = its first day). A lead is counted on
-- the business day it was created, in its current status: a decision moves it from the PENDING row to its new one.

create or replace function lead_business_day(p_at timestamptz) returns date language sql stable as $$
  select (p_at at time zone 'Africa/Casablanca')::date
$$;

-- Time to decision is kept as a histogram: exact to the minute under an hour, to 5 minutes under a day, to the hour
-- beyond. Median and p90 are nearest-rank percentiles of the truncated times (see analytics.Kpis).
create or replace function lead_decision_bucket(p_seconds bigint) returns integer language sql immutable strict as $$
  select (case when p_seconds < 3600 then p_seconds / 60 * 60
               when p_seconds < 86400 then p_seconds / 300 * 300
               else p_seconds / 3600 * 3600 end)::integer
$$;

create table lead_rollups (
  scope          smallint not null,
  merchant_id    uuid not null,
  influencer_id  uuid not null,
  campaign_id    uuid not null,
  grain          char(1) not null check (grain in ('D', 'M')),
  period         date not null,
  status         varchar(10) not null,
  shard          smallint not null,
  leads          bigint not null,
  commission     numeric(16,2) not null,
  service_value  numeric(18,2) not null,
  primary key (scope, merchant_id, influencer_id, campaign_id, grain, period, status, shard)
) with (fillfactor = 80);
create index lead_rollups_by_merchant_period on lead_rollups (scope, merchant_id, grain, period);
create index lead_rollups_by_period on lead_rollups (scope, grain, period);

create table lead_breakdown_rollups (
  scope          smallint not null,
  merchant_id    uuid not null,
  influencer_id  uuid not null,
  campaign_id    uuid not null,
  dimension      varchar(6) not null check (dimension in ('SOURCE', 'CITY')),
  grain          char(1) not null check (grain in ('D', 'M')),
  period         date not null,
  value          varchar(120) not null,
  status         varchar(10) not null,
  shard          smallint not null,
  leads          bigint not null,
  commission     numeric(16,2) not null,
  service_value  numeric(18,2) not null,
  primary key (scope, merchant_id, influencer_id, campaign_id, dimension, grain, period, value, status, shard)
) with (fillfactor = 80);

create table lead_decision_rollups (
  scope          smallint not null,
  merchant_id    uuid not null,
  influencer_id  uuid not null,
  campaign_id    uuid not null,
  grain          char(1) not null check (grain in ('D', 'M')),
  period         date not null,
  bucket_seconds integer not null,
  shard          smallint not null,
  decisions      bigint not null,
  primary key (scope, merchant_id, influencer_id, campaign_id, grain, period, bucket_seconds, shard)
) with (fillfactor = 80);

-- Tenants read their own rows; only the platform (the trigger elevates itself to SYSTEM) writes them.
alter table lead_rollups enable row level security;
alter table lead_rollups force row level security;
create policy lead_rollups_read on lead_rollups for select
  using (app_is_staff() or merchant_id = app_user_id() or influencer_id = app_user_id());
create policy lead_rollups_write on lead_rollups for all using (app_is_staff()) with check (app_is_staff());

alter table lead_breakdown_rollups enable row level security;
alter table lead_breakdown_rollups force row level security;
create policy lead_breakdown_rollups_read on lead_breakdown_rollups for select
  using (app_is_staff() or merchant_id = app_user_id() or influencer_id = app_user_id());
create policy lead_breakdown_rollups_write on lead_breakdown_rollups for all using (app_is_staff()) with check (app_is_staff());

alter table lead_decision_rollups enable row level security;
alter table lead_decision_rollups force row level security;
create policy lead_decision_rollups_read on lead_decision_rollups for select
  using (app_is_staff() or merchant_id = app_user_id() or influencer_id = app_user_id());
create policy lead_decision_rollups_write on lead_decision_rollups for all using (app_is_staff()) with check (app_is_staff());

-- One signed change of a lead as the rollups see it: +1 for a new state, -1 for the state it left.
create type lead_rollup_delta as (
  lead_id uuid, merchant_id uuid, influencer_id uuid, campaign_id uuid, day date, status varchar, source varchar,
  city varchar, commission numeric, service_value numeric, decision_bucket integer, sign integer);

create or replace function apply_lead_rollup_deltas(p_deltas lead_rollup_delta[]) returns void language plpgsql as $$
declare
  zero constant uuid := '00000000-0000-0000-0000-000000000000';
begin
  -- rows are grouped (an upsert may touch a row once per statement) and sorted (one lock order for everybody)
  insert into lead_rollups as r (scope, merchant_id, influencer_id, campaign_id, grain, period, status, shard,
                                 leads, commission, service_value)
  select k.scope, k.merchant_id, k.influencer_id, k.campaign_id, p.grain, p.period, d.status, k.shard,
         sum(d.sign), sum(d.sign * d.commission), sum(d.sign * d.service_value)
    from unnest(p_deltas) d
   cross join lateral (values
           (1::smallint, zero, zero, zero, (hashtext(d.lead_id::text) & 7)::smallint),
           (2::smallint, d.merchant_id, zero, zero, 0::smallint),
           (3::smallint, zero, d.influencer_id, zero, 0::smallint),
           (4::smallint, d.merchant_id, zero, d.campaign_id, 0::smallint),
           (5::smallint, d.merchant_id, d.influencer_id, zero, 0::smallint),
           (6::smallint, d.merchant_id, d.influencer_id, d.campaign_id, 0::smallint))
         k(scope, merchant_id, influencer_id, campaign_id, shard)
   cross join lateral (values ('D', d.day), ('M', date_trunc('month', d.day)::date)) p(grain, period)
   group by 1, 2, 3, 4, 5, 6, 7, 8
   order by 1, 2, 3, 4, 5, 6, 7, 8
  on conflict (scope, merchant_id, influencer_id, campaign_id, grain, period, status, shard) do update
     set leads = r.leads + excluded.leads, commission = r.commission + excluded.commission,
         service_value = r.service_value + excluded.service_value;

  insert into lead_breakdown_rollups as r (scope, merchant_id, influencer_id, campaign_id, dimension, grain, period,
                                           value, status, shard, leads, commission, service_value)
  select k.scope, k.merchant_id, k.influencer_id, k.campaign_id, v.dimension, p.grain, p.period, v.value, d.status,
         k.shard, sum(d.sign), sum(d.sign * d.commission), sum(d.sign * d.service_value)
    from unnest(p_deltas) d
   cross join lateral (values
           (1::smallint, zero, zero, zero, (hashtext(d.lead_id::text) & 7)::smallint),
           (2::smallint, d.merchant_id, zero, zero, 0::smallint),
           (3::smallint, zero, d.influencer_id, zero, 0::smallint),
           (4::smallint, d.merchant_id, zero, d.campaign_id, 0::smallint))
         k(scope, merchant_id, influencer_id, campaign_id, shard)
   cross join lateral (values ('SOURCE', d.source), ('CITY', coalesce(d.city, ''))) v(dimension, value)
   cross join lateral (values ('D', d.day), ('M', date_trunc('month', d.day)::date)) p(grain, period)
   group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
   order by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
  on conflict (scope, merchant_id, influencer_id, campaign_id, dimension, grain, period, value, status, shard) do update
     set leads = r.leads + excluded.leads, commission = r.commission + excluded.commission,
         service_value = r.service_value + excluded.service_value;

  insert into lead_decision_rollups as r (scope, merchant_id, influencer_id, campaign_id, grain, period,
                                          bucket_seconds, shard, decisions)
  select k.scope, k.merchant_id, k.influencer_id, k.campaign_id, p.grain, p.period, d.decision_bucket, k.shard,
         sum(d.sign)
    from unnest(p_deltas) d
   cross join lateral (values
           (1::smallint, zero, zero, zero, (hashtext(d.lead_id::text) & 7)::smallint),
           (2::smallint, d.merchant_id, zero, zero, 0::smallint),
           (3::smallint, zero, d.influencer_id, zero, 0::smallint),
           (4::smallint, d.merchant_id, zero, d.campaign_id, 0::smallint),
           (5::smallint, d.merchant_id, d.influencer_id, zero, 0::smallint))
         k(scope, merchant_id, influencer_id, campaign_id, shard)
   cross join lateral (values ('D', d.day), ('M', date_trunc('month', d.day)::date)) p(grain, period)
   where d.decision_bucket is not null
   group by 1, 2, 3, 4, 5, 6, 7, 8
   order by 1, 2, 3, 4, 5, 6, 7, 8
  on conflict (scope, merchant_id, influencer_id, campaign_id, grain, period, bucket_seconds, shard) do update
     set decisions = r.decisions + excluded.decisions;
end $$;

-- The statement-level trigger of leads. It runs as the invoking user (an influencer submitting a lead cannot see the
-- platform rows), so it elevates the transaction to SYSTEM for its own upserts and restores the caller's role.
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
    perform set_config('app.role', 'SYSTEM', true);
    perform apply_lead_rollup_deltas(deltas);
    perform set_config('app.role', coalesce(caller_role, ''), true);
  end if;
  return null;
end $$;

create or replace function lead_rollup_delta_of(l leads, p_sign integer) returns lead_rollup_delta
language sql stable as $$
  select row(l.id, l.merchant_id, l.influencer_id, l.campaign_id, lead_business_day(l.created_at), l.status,
             l.source, l.city, l.commission, l.service_value,
             case when l.status in ('VALIDATED', 'REJECTED')
                  then lead_decision_bucket(floor(extract(epoch from l.decided_at - l.created_at))::bigint) end,
             p_sign)::lead_rollup_delta
$$;

create trigger leads_rollup_insert after insert on leads referencing new table as new_rows
  for each statement execute function leads_rollup_trigger();
create trigger leads_rollup_update after update on leads referencing old table as old_rows new table as new_rows
  for each statement execute function leads_rollup_trigger();
create trigger leads_rollup_delete after delete on leads referencing old table as old_rows
  for each statement execute function leads_rollup_trigger();

-- The source's views, computed from the leads themselves with the same definitions as the endpoints (which read
-- the rollups); a test keeps the two equal. Rates have 4 decimals, money 2, times are seconds.
create or replace view lead_campaign_stats with (security_invoker = true) as
select c.id as campaign_id, c.merchant_id, c.name as campaign_name,
       count(l.id) as total_leads,
       count(l.id) filter (where l.status = 'PENDING') as pending_leads,
       count(l.id) filter (where l.status = 'VALIDATED') as validated_leads,
       count(l.id) filter (where l.status = 'REJECTED') as rejected_leads,
       count(l.id) filter (where l.status = 'EXPIRED') as expired_leads,
       coalesce(sum(l.commission) filter (where l.status = 'VALIDATED'), 0.00) as commissions_captured,
       coalesce(sum(l.commission) filter (where l.status = 'PENDING'), 0.00) as commissions_pending,
       coalesce(sum(l.service_value) filter (where l.status = 'VALIDATED'), 0.00) as validated_value,
       round(count(l.id) filter (where l.status = 'VALIDATED')::numeric
             / nullif(count(l.id) filter (where l.status <> 'PENDING'), 0), 4) as validation_rate,
       round(count(l.id) filter (where l.status = 'EXPIRED')::numeric
             / nullif(count(l.id) filter (where l.status <> 'PENDING'), 0), 4) as ignored_rate,
       round(sum(l.commission) filter (where l.status = 'VALIDATED')
             / nullif(count(l.id) filter (where l.status = 'VALIDATED'), 0), 2) as cost_per_validated_lead,
       percentile_disc(0.5) within group (order by lead_decision_bucket(
           floor(extract(epoch from l.decided_at - l.created_at))::bigint))
         filter (where l.status in ('VALIDATED', 'REJECTED')) as median_decision_seconds,
       percentile_disc(0.9) within group (order by lead_decision_bucket(
           floor(extract(epoch from l.decided_at - l.created_at))::bigint))
         filter (where l.status in ('VALIDATED', 'REJECTED')) as p90_decision_seconds
  from campaigns c left join leads l on l.campaign_id = c.id
 group by c.id, c.merchant_id, c.name;

create or replace view influencer_lead_performance with (security_invoker = true) as
select l.influencer_id, l.merchant_id,
       count(*) as total_leads,
       count(*) filter (where l.status = 'PENDING') as pending_leads,
       count(*) filter (where l.status = 'VALIDATED') as validated_leads,
       count(*) filter (where l.status = 'REJECTED') as rejected_leads,
       count(*) filter (where l.status = 'EXPIRED') as expired_leads,
       coalesce(sum(l.commission) filter (where l.status = 'VALIDATED'), 0.00) as earnings,
       coalesce(sum(l.commission) filter (where l.status = 'PENDING'), 0.00) as pending_earnings,
       coalesce(sum(l.service_value) filter (where l.status = 'VALIDATED'), 0.00) as validated_value,
       round(count(*) filter (where l.status = 'VALIDATED')::numeric
             / nullif(count(*) filter (where l.status <> 'PENDING'), 0), 4) as validation_rate,
       round(count(*) filter (where l.status = 'EXPIRED')::numeric
             / nullif(count(*) filter (where l.status <> 'PENDING'), 0), 4) as ignored_rate,
       percentile_disc(0.5) within group (order by lead_decision_bucket(
           floor(extract(epoch from l.decided_at - l.created_at))::bigint))
         filter (where l.status in ('VALIDATED', 'REJECTED')) as median_decision_seconds,
       percentile_disc(0.9) within group (order by lead_decision_bucket(
           floor(extract(epoch from l.decided_at - l.created_at))::bigint))
         filter (where l.status in ('VALIDATED', 'REJECTED')) as p90_decision_seconds
  from leads l
 group by l.influencer_id, l.merchant_id;
