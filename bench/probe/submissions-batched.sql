-- Eight submissions to one deposit in one transaction, as a batching reserver would write them (issue 8's hot
-- ambition). First each lead's reads as the service sends them, under its influencer's role (the role, the campaign,
-- the agreement: three round trips per lead), which RoundTripProbe copies from submission-as-sent.sql eight times at
-- the READS line (the reads run once per lead on purpose: the leads of a batch come from different influencers).
-- Then the SYSTEM part set-wise, once for the eight: one duplicate check of the eight phones (their advisory locks
-- taken in key order), the funding deposit, one insert of eight leads, eight reservations in one statement, the
-- merchant's profile, eight notifications in one post_letters call. Rolled back, as submission-as-sent.sql;
-- RoundTripProbe divides its cost by eight. 33 round trips: 4.1 per lead, against 12. RoundTripProbe also runs it with
-- nothing at the READS line: what the set-wise writes cost alone.
-- Variables (pgbench -D): influencer, merchant, campaign, deposit.
\set p1 random(100000000, 999999999)
\set p2 random(100000000, 999999999)
\set p3 random(100000000, 999999999)
\set p4 random(100000000, 999999999)
\set p5 random(100000000, 999999999)
\set p6 random(100000000, 999999999)
\set p7 random(100000000, 999999999)
\set p8 random(100000000, 999999999)
BEGIN;
-- READS: RoundTripProbe puts here, eight times, a submission's reads from submission-as-sent.sql
select set_config('app.role', 'SYSTEM', true);
select lead_duplicates_locked(array_agg('lead-phone' || chr(58) || cast(:merchant as text) || chr(58) || phone), array_agg(cast(:merchant as uuid)), array_agg(phone), array_agg(now() - interval '30 days')) from (select '+212' || n as phone from unnest(array[cast(:p1 as bigint), cast(:p2 as bigint), cast(:p3 as bigint), cast(:p4 as bigint), cast(:p5 as bigint), cast(:p6 as bigint), cast(:p7 as bigint), cast(:p8 as bigint)]) n) phones;
select id from company_deposits where merchant_id = cast(:merchant as uuid) and (campaign_id = cast(:campaign as uuid) or campaign_id is null) order by campaign_id nulls last limit 1;
with l as (insert into leads (id, campaign_id, merchant_id, influencer_id, deposit_id, customer_name, customer_phone, customer_email, city, service_value, commission, source, notes, consent, created_at, expires_at) select gen_random_uuid(), cast(:campaign as uuid), cast(:merchant as uuid), cast(:influencer as uuid), cast(:deposit as uuid), 'Test Person', '+212' || n, null, null, 500, 50, 'WHATSAPP', null, true, now(), now() + interval '72 hours' from unnest(array[cast(:p1 as bigint), cast(:p2 as bigint), cast(:p3 as bigint), cast(:p4 as bigint), cast(:p5 as bigint), cast(:p6 as bigint), cast(:p7 as bigint), cast(:p8 as bigint)]) n returning *) select array_agg(l.id) as lead_ids from l join campaigns c on c.id = l.campaign_id join users i on i.id = l.influencer_id \gset
select r.* from unnest(cast(:lead_ids as uuid[])) l(id), reserve_on_deposit(cast(:deposit as uuid), l.id, 50, cast(:influencer as uuid)) r;
select id, email, role, display_name, phone, locale, company_name, created_at from users where id = cast(:merchant as uuid);
select notifications, deliveries, failure from post_letters((select jsonb_agg(jsonb_build_object('id', gen_random_uuid(), 'user_id', cast(:merchant as uuid), 'type', 'LEAD_SUBMITTED', 'title', 'Nouveau lead', 'body', 'Test Person, 500,00 MAD', 'data', jsonb_build_object('leadId', l.id), 'dedupe_key', 'lead-submitted/' || l.id, 'created_at', now())) from unnest(cast(:lead_ids as uuid[])) l(id)), '[]'::jsonb, true);
ROLLBACK;
