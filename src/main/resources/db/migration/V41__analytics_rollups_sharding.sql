-- Rollup tuning after V40: platform rows sharded by merchant (a transaction about one merchant's leads locks
-- platform rows of one shard only, so that two merchants' bulk decisions rarely meet there in opposite orders),
-- decision histograms unsharded (decisions spread over ~400 buckets; an admin's percentiles read 8 times fewer rows),
-- and in-memory aggregation for bulk statements. Existing rollups are rebuilt from the leads with the new shards.

-- work_mem: a bulk statement (the generator, a nightly sweep) aggregates its deltas in memory rather than on disk.
create or replace function apply_lead_rollup_deltas(p_deltas lead_rollup_delta[]) returns void language plpgsql
set work_mem = '64MB' as $$
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
           (1::smallint, zero, zero, zero, (hashtext(d.merchant_id::text) & 7)::smallint),
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
           (1::smallint, zero, zero, zero, (hashtext(d.merchant_id::text) & 7)::smallint),
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
           (1::smallint, zero, zero, zero, 0::smallint),
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

select set_config('app.role', 'SYSTEM', true);
truncate lead_rollups, lead_breakdown_rollups, lead_decision_rollups;
select apply_lead_rollup_deltas(array_agg(lead_rollup_delta_of(l, 1))) from leads l having count(*) > 0;
