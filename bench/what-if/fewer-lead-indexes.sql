-- What if `leads` kept only the indexes the benchmark's lead path reads? A measurement, never a migration (WHAT_IF in
-- bench/run.sh, applied after the warm-up). Dropped: listings by merchant, status, influencer and campaign, the caps'
-- count, the expiry job's and the deposit check's pending leads, each read by a page or a job the benchmark does not
-- run. With no index on `status` left, a decision's update can be a heap-only (HOT) one. Kept: the primary key and the
-- duplicate-phone index intake reads. One of the three product trade-offs run 37 measured together
-- (docs/PERFORMANCE.md); run 39 measures each alone.

drop index leads_merchant_idx, leads_merchant_status_idx, leads_influencer_idx, leads_campaign_idx, leads_cap_idx,
           leads_pending_expiry_idx, leads_deposit_pending_idx;
