-- What if a lead operation wrote only the rows the money needs? A measurement, never a migration:
-- `WHAT_IF=bench/what-if/fewer-rows-per-lead.sql bench/run.sh …` runs it on the benchmark's database after the
-- warm-up. It answers the owner's question "which product trade-offs would reach 0.5 of pgbench" with a number: the
-- ratio the service's lead path reaches when it gives up, at once, everything PERFORMANCE.md names as its cost per row
-- beyond the ledger.
--
-- Given up here (each one breaks a feature the service ships):
-- - analytics: the rollup triggers stop queueing lead changes (dashboards and stats stop moving);
-- - notifications: post_letters writes no letter and queues no delivery (the service still composes them);
-- - the leads indexes the benchmark's lead path does not read: listings by merchant, status, influencer and campaign,
--   the caps' count, the expiry job's and the deposit check's pending leads. With no index on `status` left, a
--   decision's update can be a heap-only (HOT) one.
-- Kept: the lead row and its primary key, the duplicate-phone index intake reads, the ledger row and its once-per-lead
-- index, the deposit, the decision's lead_validation row, every constraint and row-security policy.

alter table leads disable trigger leads_rollup_insert;
alter table leads disable trigger leads_rollup_update;
alter table leads disable trigger leads_rollup_delete;

drop index leads_merchant_idx, leads_merchant_status_idx, leads_influencer_idx, leads_campaign_idx, leads_cap_idx,
           leads_pending_expiry_idx, leads_deposit_pending_idx;

create or replace function post_letters(p_notifications jsonb, p_deliveries jsonb, p_isolated boolean,
                                        out notifications uuid[], out deliveries integer, out failure text)
language plpgsql as $$
begin
  notifications := '{}';
  deliveries := 0;
end $$;
