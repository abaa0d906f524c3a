-- What users are told, written in one statement: their dashboard notifications and their outside deliveries, as
-- SYSTEM (they are written for users other than the one whose request caused them), the caller's app.role given back
-- before the call returns.
--
-- Why one call: a lead's notification is written in the lead's own transaction, and it took five round trips to the
-- database (seven for a decision): a savepoint, a switch of app.role to SYSTEM and back, the notification, the e-mail
-- delivery, the savepoint's release. Measured on one connection (PERFORMANCE.md, run 11), a submission's
-- notification went from 0.17 to 0.13 ms of PostgreSQL's CPU and from 0.30 to 0.16 ms of latency.
--
-- The writes are behind an exception block (a savepoint inside the call). With p_isolated a failure is undone alone
-- and returned as `failure`, and the caller's transaction goes on (an in-transaction listener: the lead commits
-- without its notification). Without it the error is raised again and fails the caller's statement, as any insert
-- would. A caller already SYSTEM (a lead's intake, every after-commit listener) pays no role switch.
--
-- p_notifications: [{id, user_id, type, title, body, data, dedupe_key, created_at}, ...]
-- p_deliveries: [{user_id, channel, address, locale, type, subject, body_text, body_html, receipt_payment_id,
--                 dedupe_key, created_at}, ...]
-- Both are written once per dedupe key: `notifications` holds the ids of the notifications written now (a replayed
-- cause writes none), `deliveries` the number of deliveries queued now.

create function post_letters(p_notifications jsonb, p_deliveries jsonb, p_isolated boolean,
                             out notifications uuid[], out deliveries integer, out failure text)
language plpgsql as $$
declare
  caller_role text := current_setting('app.role', true);
begin
  notifications := '{}';
  deliveries := 0;
  if caller_role is distinct from 'SYSTEM' then
    perform set_config('app.role', 'SYSTEM', true);
  end if;
  begin
    if jsonb_array_length(p_notifications) > 0 then
      with written as (
        insert into notifications (id, user_id, type, title, body, data, dedupe_key, created_at)
        select n.id, n.user_id, n.type, n.title, n.body, coalesce(n.data, '{}'::jsonb), n.dedupe_key, n.created_at
          from jsonb_to_recordset(p_notifications)
               as n(id uuid, user_id uuid, type varchar, title varchar, body varchar, data jsonb, dedupe_key varchar,
                    created_at timestamptz)
            on conflict (dedupe_key) do nothing
        returning id)
      select coalesce(array_agg(id), '{}') into notifications from written;
    end if;
    if jsonb_array_length(p_deliveries) > 0 then
      with queued as (
        insert into notification_deliveries (user_id, channel, address, locale, type, subject, body_text, body_html,
                                             receipt_payment_id, dedupe_key, next_attempt_at, created_at, updated_at)
        select d.user_id, d.channel, d.address, d.locale, d.type, d.subject, d.body_text, d.body_html,
               d.receipt_payment_id, d.dedupe_key, d.created_at, d.created_at, d.created_at
          from jsonb_to_recordset(p_deliveries)
               as d(user_id uuid, channel varchar, address varchar, locale varchar, type varchar, subject varchar,
                    body_text text, body_html text, receipt_payment_id uuid, dedupe_key varchar, created_at timestamptz)
            on conflict (dedupe_key) do nothing
        returning 1)
      select count(*) into deliveries from queued;
    end if;
  exception when others then
    -- the block's writes are undone (its savepoint); without isolation the caller's statement fails as it would have
    if not p_isolated then
      raise;
    end if;
    notifications := '{}';
    deliveries := 0;
    failure := sqlstate || ' ' || sqlerrm;
  end;
  if caller_role is distinct from 'SYSTEM' then
    perform set_config('app.role', coalesce(caller_role, ''), true);
  end if;
end $$;
