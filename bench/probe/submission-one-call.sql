-- The same statements in one call (bench_probe.submit, one-call-function.sql): what PostgreSQL spends when the
-- round trips are gone and only the statements' own work is left. Rolled back, as submission-as-sent.sql.
\set phone random(100000000, 999999999)
BEGIN;
select * from bench_probe.submit(cast(:influencer as uuid), cast(:merchant as uuid), cast(:campaign as uuid), cast(:deposit as uuid), '+212' || cast(:phone as bigint));
ROLLBACK;
