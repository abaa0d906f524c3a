-- What if leads fed no analytics? A measurement, never a migration (WHAT_IF in bench/run.sh, applied after the
-- warm-up). The rollup triggers stop queueing lead changes: dashboards and stats stop moving. One of the three product
-- trade-offs run 37 measured together (docs/PERFORMANCE.md); run 39 measures each alone.

alter table leads disable trigger leads_rollup_insert;
alter table leads disable trigger leads_rollup_update;
alter table leads disable trigger leads_rollup_delete;
