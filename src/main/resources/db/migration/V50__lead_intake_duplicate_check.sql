-- Lead intake's duplicate rule in one round trip instead of two. The per-phone advisory lock is taken first and the
-- look-up runs after it as a separate statement of this VOLATILE function, so under READ COMMITTED it gets a fresh
-- snapshot and sees a racer that committed while this transaction waited for the lock (as the two statements did).
create function lead_duplicate_locked(p_key text, p_merchant uuid, p_phone varchar, p_since timestamptz)
returns boolean language plpgsql volatile as $$
begin
  perform pg_advisory_xact_lock(hashtextextended(p_key, 0));
  return exists(select 1 from leads where merchant_id = p_merchant and customer_phone = p_phone
                 and created_at >= p_since and status <> 'REJECTED');
end $$;
