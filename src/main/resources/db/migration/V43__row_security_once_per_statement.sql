-- Row-level security evaluated once per statement, not once per row.
--
-- Why: a policy such as `app_is_staff() or merchant_id = app_user_id()` calls current_setting() (and casts text to
-- uuid) for every row it filters. On 1 000 000 generated leads an admin's top-influencers read (51 000 rollup rows)
-- took ~130 ms through the policy and ~50 ms without it (psql, same data, load ~8). Wrapped in a scalar subquery,
-- `(select app_is_staff())`, PostgreSQL evaluates each function once per statement (an InitPlan) and compares a
-- constant: same rows visible, the cost of the policy no longer grows with the rows read. The settings are per
-- transaction (RowSecurityTransactionManager) and the rollup trigger switches app.role between statements, so a
-- value taken once per statement is always the current one.
-- Every policy of the schema is rewritten the same way, whatever migration created it; new policies are written in
-- that form (RowLevelSecurityIntegrationTests fails on a policy that calls these functions per row).
do $$
declare
  p record;
  per_statement constant text := '(?<!select )\m(app_is_staff|app_user_id|app_role)\(\)';
  rewritten_using text;
  rewritten_check text;
begin
  for p in select schemaname, tablename, policyname, qual, with_check from pg_policies where schemaname = 'public'
  loop
    rewritten_using := regexp_replace(p.qual, per_statement, '(select \1())', 'gi');
    rewritten_check := regexp_replace(p.with_check, per_statement, '(select \1())', 'gi');
    if rewritten_using is not null then
      execute format('alter policy %I on %I.%I using (%s)', p.policyname, p.schemaname, p.tablename, rewritten_using);
    end if;
    if rewritten_check is not null then
      execute format('alter policy %I on %I.%I with check (%s)', p.policyname, p.schemaname, p.tablename,
                     rewritten_check);
    end if;
  end loop;
end $$;
