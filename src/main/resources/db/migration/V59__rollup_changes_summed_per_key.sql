-- The rollups' changes summed per lead key before they are spread over scopes and periods.
--
-- Why: apply_lead_rollup_deltas spread every queued change over its rollup rows (up to 15 + 16 + 13: six scopes,
-- three periods, two breakdown dimensions) and only then summed them per rollup row, so that its work grew with the
-- changes drained, not with the rows they touch. With the queue drained once a second under load, that sort and
-- sum was most of the drain: for 700 lead operations on one merchant (906 changes touching 90 rollup rows) 50-65 ms,
-- and 4-8 ms once the changes of one (merchant, influencer, campaign, day) are summed first (RollupDrainBenchmark,
-- PERFORMANCE.md run 33). The rows written and their sums are the same (the benchmark compares the three tables
-- after both versions: equal); only the order of the additions changes, and they are exact.
create or replace function apply_lead_rollup_deltas(p_deltas lead_rollup_delta[]) returns void language plpgsql
set work_mem = '64MB' as $$
declare
  zero constant uuid := '00000000-0000-0000-0000-000000000000';
begin
  -- each key's changes summed once, then grouped per rollup row (an upsert may touch a row once per statement)
  -- and sorted (one lock order for everybody); platform rows are sharded by merchant
  insert into lead_rollups as r (scope, merchant_id, influencer_id, campaign_id, grain, period, shard, pending,
                                 validated, rejected, expired, pending_commission, validated_commission,
                                 validated_value)
  select k.scope, k.merchant_id, k.influencer_id, k.campaign_id, p.grain, p.period, k.shard,
         sum(g.pending), sum(g.validated), sum(g.rejected), sum(g.expired),
         sum(g.pending_commission), sum(g.validated_commission), sum(g.validated_value)
    from (select d.merchant_id, d.influencer_id, d.campaign_id, d.day,
                 coalesce(sum(d.sign) filter (where d.status = 'PENDING'), 0) as pending,
                 coalesce(sum(d.sign) filter (where d.status = 'VALIDATED'), 0) as validated,
                 coalesce(sum(d.sign) filter (where d.status = 'REJECTED'), 0) as rejected,
                 coalesce(sum(d.sign) filter (where d.status = 'EXPIRED'), 0) as expired,
                 coalesce(sum(d.sign * d.commission) filter (where d.status = 'PENDING'), 0) as pending_commission,
                 coalesce(sum(d.sign * d.commission) filter (where d.status = 'VALIDATED'), 0) as validated_commission,
                 coalesce(sum(d.sign * d.service_value) filter (where d.status = 'VALIDATED'), 0) as validated_value
            from unnest(p_deltas) d
           group by 1, 2, 3, 4) g
   cross join lateral (values
           (1::smallint, zero, zero, zero, (hashtext(g.merchant_id::text) & 7)::smallint),
           (2::smallint, g.merchant_id, zero, zero, 0::smallint),
           (3::smallint, zero, g.influencer_id, zero, 0::smallint),
           (4::smallint, g.merchant_id, zero, g.campaign_id, 0::smallint),
           (5::smallint, g.merchant_id, g.influencer_id, zero, 0::smallint),
           (6::smallint, g.merchant_id, g.influencer_id, g.campaign_id, 0::smallint))
         k(scope, merchant_id, influencer_id, campaign_id, shard)
   cross join lateral lead_rollup_periods(k.scope, g.day) p
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
         sum(g.pending), sum(g.validated), sum(g.rejected), sum(g.expired),
         sum(g.pending_commission), sum(g.validated_commission), sum(g.validated_value)
    from (select d.merchant_id, d.influencer_id, d.campaign_id, d.day, d.source, coalesce(d.city, '') as city,
                 coalesce(sum(d.sign) filter (where d.status = 'PENDING'), 0) as pending,
                 coalesce(sum(d.sign) filter (where d.status = 'VALIDATED'), 0) as validated,
                 coalesce(sum(d.sign) filter (where d.status = 'REJECTED'), 0) as rejected,
                 coalesce(sum(d.sign) filter (where d.status = 'EXPIRED'), 0) as expired,
                 coalesce(sum(d.sign * d.commission) filter (where d.status = 'PENDING'), 0) as pending_commission,
                 coalesce(sum(d.sign * d.commission) filter (where d.status = 'VALIDATED'), 0) as validated_commission,
                 coalesce(sum(d.sign * d.service_value) filter (where d.status = 'VALIDATED'), 0) as validated_value
            from unnest(p_deltas) d
           group by 1, 2, 3, 4, 5, 6) g
   cross join lateral (values
           (1::smallint, zero, zero, zero, (hashtext(g.merchant_id::text) & 7)::smallint),
           (2::smallint, g.merchant_id, zero, zero, 0::smallint),
           (3::smallint, zero, g.influencer_id, zero, 0::smallint),
           (4::smallint, g.merchant_id, zero, g.campaign_id, 0::smallint))
         k(scope, merchant_id, influencer_id, campaign_id, shard)
   cross join lateral (values ('SOURCE', g.source), ('CITY', g.city)) v(dimension, value)
   cross join lateral (values ('D', g.day), ('M', date_trunc('month', g.day)::date)) p(grain, period)
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
  select k.scope, k.merchant_id, k.influencer_id, k.campaign_id, p.grain, p.period, g.decision_bucket, k.shard,
         sum(g.decisions)
    from (select d.merchant_id, d.influencer_id, d.campaign_id, d.day, d.decision_bucket, sum(d.sign) as decisions
            from unnest(p_deltas) d
           where d.decision_bucket is not null
           group by 1, 2, 3, 4, 5) g
   cross join lateral (values
           (1::smallint, zero, zero, zero, 0::smallint),
           (2::smallint, g.merchant_id, zero, zero, 0::smallint),
           (3::smallint, zero, g.influencer_id, zero, 0::smallint),
           (4::smallint, g.merchant_id, zero, g.campaign_id, 0::smallint),
           (5::smallint, g.merchant_id, g.influencer_id, zero, 0::smallint))
         k(scope, merchant_id, influencer_id, campaign_id, shard)
   cross join lateral lead_rollup_periods(k.scope, g.day) p
   group by 1, 2, 3, 4, 5, 6, 7, 8
   order by 1, 2, 3, 4, 5, 6, 7, 8
  on conflict (scope, merchant_id, influencer_id, campaign_id, grain, period, bucket_seconds, shard) do update
     set decisions = r.decisions + excluded.decisions;
end $$;
