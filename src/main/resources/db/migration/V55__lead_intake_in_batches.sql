-- Lead intake's duplicate rule for a batch of submissions in one round trip (lead_duplicate_locked, V50, did one).
-- The batch's per-phone advisory locks are taken first, one statement each, in the order of their lock ids, so that
-- two batches (or a batch and a single submission) sharing phones take them in the same order and cannot deadlock;
-- the look-up runs after them as a separate statement of this VOLATILE function, so under READ COMMITTED it gets a
-- fresh snapshot and sees a racer that committed while this transaction waited for a lock.
create function lead_duplicates_locked(p_keys text[], p_merchants uuid[], p_phones text[], p_since timestamptz[])
returns boolean[] language plpgsql volatile as $$
declare
  v_lock bigint;
begin
  for v_lock in select distinct hashtextextended(k, 0) from unnest(p_keys) k order by 1 loop
    perform pg_advisory_xact_lock(v_lock);
  end loop;
  return array(
    select exists(select 1 from leads l
                   where l.merchant_id = c.merchant and l.customer_phone = c.phone
                     and l.created_at >= c.since and l.status <> 'REJECTED')
      from unnest(p_merchants, p_phones, p_since) with ordinality as c(merchant, phone, since, n)
     order by c.n);
end $$;

-- The service now checks every submission through the batch function; the one-phone function goes.
drop function lead_duplicate_locked(text, uuid, varchar, timestamptz);
