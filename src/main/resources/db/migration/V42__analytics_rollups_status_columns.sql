-- Rollups v2: one row per key and period with the statuses as columns, ten-day blocks, partitions by scope and grain.
--
-- Why: with a row per status, a decision touched two rows per key and period (-1 PENDING, +1 VALIDATED) and the
-- platform-wide reads (active influencers, top influencers over a year) summed ~4 rows per influencer and period.
-- Now a decision updates one row in place (HOT: no indexed column changes), a key's period is one row, and the keys
-- read across the whole platform (scopes 1 to 3: platform, merchant, influencer) also keep ten-day blocks (grain 'T':
-- days 1-10, 11-20, 21-end of a month), so that a year is at most 11 months + 4 blocks + 18 days per key, not
-- 11 months + 60 days. Only the sums the KPIs use are kept (see analytics.LeadStats): counts per status, the
-- commissions of PENDING (reserved) and VALIDATED (captured) leads, and the service value of VALIDATED leads (GMV).

-- lead_rollups is partitioned by scope, then grain: the platform-wide reads (an admin's top influencers and active
-- accounts over a year) read one row per influencer and period. In one table those rows lay among the rows of every other scope and grain — on 1 000 000
-- generated leads the 33 000 monthly influencer rows of a year sat on 15 000 pages. In their own partition they
-- fill a few hundred, and the query took 32 ms instead of 54 ms on the same data (measured with psql, load ~7).
-- Queries and upserts name the parent; PostgreSQL routes and prunes by the scope and grain they carry.

drop table lead_rollups;
drop table lead_breakdown_rollups;

-- The first day of the ten-day block of a day: the 1st, the 11th or the 21st (which runs to the end of the month).
create or replace function lead_ten_day_block(p_day date) returns date language sql immutable strict as $$
  select make_date(extract(year from p_day)::int, extract(month from p_day)::int,
                   least((extract(day from p_day)::int - 1) / 10, 2) * 10 + 1)
$$;

-- The periods a lead's business day is counted in for a scope: its day and month, and its ten-day block for the
-- platform-wide scopes.
create or replace function lead_rollup_periods(p_scope smallint, p_day date)
returns table (grain char(1), period date) language sql immutable strict as $$
  select 'D'::char(1), p_day
  union all select 'M'::char(1), date_trunc('month', p_day)::date
  union all select 'T'::char(1), lead_ten_day_block(p_day) where p_scope <= 3
$$;

create table lead_rollups (
  scope                smallint not null,
  merchant_id          uuid not null,
  influencer_id        uuid not null,
  campaign_id          uuid not null,
  grain                char(1) not null check (grain in ('D', 'T', 'M')),
  period               date not null,
  shard                smallint not null,
  pending              bigint not null,
  validated            bigint not null,
  rejected             bigint not null,
  expired              bigint not null,
  pending_commission   numeric(16,2) not null,
  validated_commission numeric(16,2) not null,
  validated_value      numeric(18,2) not null,
  primary key (scope, merchant_id, influencer_id, campaign_id, grain, period, shard)
) partition by list (scope);

-- Ten-day blocks exist for scopes 1 to 3 only (see lead_rollup_periods). Room on each page for the in-place (HOT)
-- updates of every lead change; no parallel scans: a stats read is a few thousand rows, and on 2 cores under load the
-- workers' start-up cost more than they saved (the top-influencers query: 40 ms serial, 56-160 ms in parallel).
do $$
declare
  storage constant text := 'fillfactor = 80, parallel_workers = 0';
begin
  for s in 1..6 loop
    execute format('create table lead_rollups_s%s partition of lead_rollups for values in (%s) partition by list (grain)', s, s);
    execute format('create table lead_rollups_s%s_d partition of lead_rollups_s%s for values in (''D'') with (%s)', s, s, storage);
    execute format('create table lead_rollups_s%s_m partition of lead_rollups_s%s for values in (''M'') with (%s)', s, s, storage);
    if s <= 3 then
      execute format('create table lead_rollups_s%s_t partition of lead_rollups_s%s for values in (''T'') with (%s)', s, s, storage);
    end if;
    -- reached only through the parent, whose policies apply; read directly, a partition shows nothing
    execute format('alter table lead_rollups_s%s_d enable row level security, force row level security', s);
    execute format('alter table lead_rollups_s%s_m enable row level security, force row level security', s);
    if s <= 3 then
      execute format('alter table lead_rollups_s%s_t enable row level security, force row level security', s);
    end if;
  end loop;
end $$;

create index lead_rollups_by_merchant_period on lead_rollups (scope, merchant_id, grain, period);
create index lead_rollups_by_period on lead_rollups (scope, grain, period);

create table lead_breakdown_rollups (
  scope                smallint not null,
  merchant_id          uuid not null,
  influencer_id        uuid not null,
  campaign_id          uuid not null,
  dimension            varchar(6) not null check (dimension in ('SOURCE', 'CITY')),
  grain                char(1) not null check (grain in ('D', 'M')),
  period               date not null,
  value                varchar(120) not null,
  shard                smallint not null,
  pending              bigint not null,
  validated            bigint not null,
  rejected             bigint not null,
  expired              bigint not null,
  pending_commission   numeric(16,2) not null,
  validated_commission numeric(16,2) not null,
  validated_value      numeric(18,2) not null,
  primary key (scope, merchant_id, influencer_id, campaign_id, dimension, grain, period, value, shard)
) with (fillfactor = 80);

alter table lead_decision_rollups drop constraint lead_decision_rollups_grain_check;
alter table lead_decision_rollups add constraint lead_decision_rollups_grain_check check (grain in ('D', 'T', 'M'));

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

-- work_mem: a bulk statement (the generator, a nightly sweep) aggregates its deltas in memory rather than on disk.
create or replace function apply_lead_rollup_deltas(p_deltas lead_rollup_delta[]) returns void language plpgsql
set work_mem = '64MB' as $$
declare
  zero constant uuid := '00000000-0000-0000-0000-000000000000';
begin
  -- rows are grouped (an upsert may touch a row once per statement) and sorted (one lock order for everybody);
  -- platform rows are sharded by merchant so that concurrent intakes of different merchants rarely meet there
  insert into lead_rollups as r (scope, merchant_id, influencer_id, campaign_id, grain, period, shard, pending,
                                 validated, rejected, expired, pending_commission, validated_commission,
                                 validated_value)
  select k.scope, k.merchant_id, k.influencer_id, k.campaign_id, p.grain, p.period, k.shard,
         coalesce(sum(d.sign) filter (where d.status = 'PENDING'), 0),
         coalesce(sum(d.sign) filter (where d.status = 'VALIDATED'), 0),
         coalesce(sum(d.sign) filter (where d.status = 'REJECTED'), 0),
         coalesce(sum(d.sign) filter (where d.status = 'EXPIRED'), 0),
         coalesce(sum(d.sign * d.commission) filter (where d.status = 'PENDING'), 0),
         coalesce(sum(d.sign * d.commission) filter (where d.status = 'VALIDATED'), 0),
         coalesce(sum(d.sign * d.service_value) filter (where d.status = 'VALIDATED'), 0)
    from unnest(p_deltas) d
   cross join lateral (values
           (1::smallint, zero, zero, zero, (hashtext(d.merchant_id::text) & 7)::smallint),
           (2::smallint, d.merchant_id, zero, zero, 0::smallint),
           (3::smallint, zero, d.influencer_id, zero, 0::smallint),
           (4::smallint, d.merchant_id, zero, d.campaign_id, 0::smallint),
           (5::smallint, d.merchant_id, d.influencer_id, zero, 0::smallint),
           (6::smallint, d.merchant_id, d.influencer_id, d.campaign_id, 0::smallint))
         k(scope, merchant_id, influencer_id, campaign_id, shard)
   cross join lateral lead_rollup_periods(k.scope, d.day) p
   group by 1, 2, 3, 4, 5, 6, 7
   order by 1, 2, 3, 4, 5, 6, 7
  on conflict (scope, merchant_id, influencer_id, campaign_id, grain, period, shard) do update
     set pending = r.pending + excluded.pending, validated = r.validated + excluded.validated,
         rejected = r.rejected + excluded.rejected, expired = r.expired + excluded.expired,
         pending_commission = r.pending_commission + excluded.pending_commission,
         validated_commission = r.validated_commission + excluded.validated_commission,
         validated_value = r.validated_value + excluded.validated_value;

  insert into lead_breakdown_rollups as r (scope, merchant_id, influencer_id, campaign_id, dimension, grain, period,
                                           value, shard, pending, validated, rejected, expired, pending_commission,
                                           validated_commission, validated_value)
  select k.scope, k.merchant_id, k.influencer_id, k.campaign_id, v.dimension, p.grain, p.period, v.value, k.shard,
         coalesce(sum(d.sign) filter (where d.status = 'PENDING'), 0),
         coalesce(sum(d.sign) filter (where d.status = 'VALIDATED'), 0),
         coalesce(sum(d.sign) filter (where d.status = 'REJECTED'), 0),
         coalesce(sum(d.sign) filter (where d.status = 'EXPIRED'), 0),
         coalesce(sum(d.sign * d.commission) filter (where d.status = 'PENDING'), 0),
         coalesce(sum(d.sign * d.commission) filter (where d.status = 'VALIDATED'), 0),
         coalesce(sum(d.sign * d.service_value) filter (where d.status = 'VALIDATED'), 0)
    from unnest(p_deltas) d
   cross join lateral (values
           (1::smallint, zero, zero, zero, (hashtext(d.merchant_id::text) & 7)::smallint),
           (2::smallint, d.merchant_id, zero, zero, 0::smallint),
           (3::smallint, zero, d.influencer_id, zero, 0::smallint),
           (4::smallint, d.merchant_id, zero, d.campaign_id, 0::smallint))
         k(scope, merchant_id, influencer_id, campaign_id, shard)
   cross join lateral (values ('SOURCE', d.source), ('CITY', coalesce(d.city, ''))) v(dimension, value)
   cross join lateral (values ('D', d.day), ('M', date_trunc('month', d.day)::date)) p(grain, period)
   group by 1, 2, 3, 4, 5, 6, 7, 8, 9
   order by 1, 2, 3, 4, 5, 6, 7, 8, 9
  on conflict (scope, merchant_id, influencer_id, campaign_id, dimension, grain, period, value, shard) do update
     set pending = r.pending + excluded.pending, validated = r.validated + excluded.validated,
         rejected = r.rejected + excluded.rejected, expired = r.expired + excluded.expired,
         pending_commission = r.pending_commission + excluded.pending_commission,
         validated_commission = r.validated_commission + excluded.validated_commission,
         validated_value = r.validated_value + excluded.validated_value;

  insert into lead_decision_rollups as r (scope, merchant_id, influencer_id, campaign_id, grain, period,
                                          bucket_seconds, shard, decisions)
  select k.scope, k.merchant_id, k.influencer_id, k.campaign_id, p.grain, p.period, d.decision_bucket, k.shard,
         sum(d.sign)
    from unnest(p_deltas) d
   cross join lateral (values
           (1::smallint, zero, zero, zero, 0::smallint),
           (2::smallint, d.merchant_id, zero, zero, 0::smallint),
           (3::smallint, zero, d.influencer_id, zero, 0::smallint),
           (4::smallint, d.merchant_id, zero, d.campaign_id, 0::smallint),
           (5::smallint, d.merchant_id, d.influencer_id, zero, 0::smallint))
         k(scope, merchant_id, influencer_id, campaign_id, shard)
   cross join lateral lead_rollup_periods(k.scope, d.day) p
   where d.decision_bucket is not null
   group by 1, 2, 3, 4, 5, 6, 7, 8
   order by 1, 2, 3, 4, 5, 6, 7, 8
  on conflict (scope, merchant_id, influencer_id, campaign_id, grain, period, bucket_seconds, shard) do update
     set decisions = r.decisions + excluded.decisions;
end $$;

-- leads_rollup_trigger (V40) calls apply_lead_rollup_deltas by name: the triggers stay as they are.
select set_config('app.role', 'SYSTEM', true);
truncate lead_decision_rollups;
select apply_lead_rollup_deltas(array_agg(lead_rollup_delta_of(l, 1))) from leads l having count(*) > 0;
