-- lead_rollups partitioned by scope, then grain.
--
-- Why: the platform-wide reads (an admin's top influencers and active accounts over a year) read one row per
-- influencer and period. In one table those rows lay among the rows of every other scope and grain — on 1 000 000
-- generated leads the 33 000 monthly influencer rows of a year sat on 15 000 pages. In their own partition they
-- fill a few hundred, and the query took 32 ms instead of 54 ms on the same data (measured with psql, load ~7).
-- Queries and upserts name the parent; PostgreSQL routes and prunes by the scope and grain they carry.

alter table lead_rollups rename to lead_rollups_unpartitioned;
alter index lead_rollups_by_merchant_period rename to lead_rollups_unpartitioned_by_merchant_period;
alter index lead_rollups_by_period rename to lead_rollups_unpartitioned_by_period;
alter table lead_rollups_unpartitioned rename constraint lead_rollups_pkey to lead_rollups_unpartitioned_pkey;

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

alter table lead_rollups enable row level security;
alter table lead_rollups force row level security;
create policy lead_rollups_read on lead_rollups for select
  using (app_is_staff() or merchant_id = app_user_id() or influencer_id = app_user_id());
create policy lead_rollups_write on lead_rollups for all using (app_is_staff()) with check (app_is_staff());

select set_config('app.role', 'SYSTEM', true);
insert into lead_rollups select * from lead_rollups_unpartitioned order by scope, grain, period;
drop table lead_rollups_unpartitioned;
