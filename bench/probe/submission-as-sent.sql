-- One lead submission's database work as the service sends it (as of V53): one statement per round trip, in the
-- order LeadIntake, the merchant's notification listener and the reservation send them; rolled back, so that only
-- the work is timed, not a disk flush. Variables (pgbench -D): influencer, merchant, campaign, deposit.
\set phone random(100000000, 999999999)
BEGIN;
select set_config('app.user_id', cast(:influencer as text), true), set_config('app.role', 'INFLUENCER', true);
select c.id, c.merchant_id, coalesce(u.company_name, u.display_name) as merchant_name, c.name, c.description, c.city, c.status, c.created_at, c.updated_at, s.commission_threshold, s.commission_rate, s.commission_flat, s.expiry_hours, s.on_expiry, s.cap_per_influencer_per_day, s.cap_total, s.requires_agreement, s.duplicate_window_days, s.min_service_value from campaigns c join campaign_settings s on s.campaign_id = c.id join users u on u.id = c.merchant_id where c.id = cast(:campaign as uuid);
select a.*, coalesce(m.company_name, m.display_name) as merchant_name, i.display_name as influencer_name, c.name as campaign_name from influencer_agreements a join users m on m.id = a.merchant_id join users i on i.id = a.influencer_id left join campaigns c on c.id = a.campaign_id where a.merchant_id = cast(:merchant as uuid) and a.influencer_id = cast(:influencer as uuid) and a.status = 'SIGNED' and (a.campaign_id is null or a.campaign_id = cast(:campaign as uuid)) order by (a.campaign_id is null), a.signed_at desc;
select set_config('app.role', 'SYSTEM', true);
select lead_duplicate_locked('lead-phone' || chr(58) || cast(:merchant as text) || chr(58) || '+212' || cast(:phone as bigint), cast(:merchant as uuid), '+212' || cast(:phone as bigint), now() - interval '30 days');
select id from company_deposits where merchant_id = cast(:merchant as uuid) and (campaign_id = cast(:campaign as uuid) or campaign_id is null) order by campaign_id nulls last limit 1;
with previous as materialized (select current_setting('app.role', true) as role) select role, set_config('app.role', 'SYSTEM', true) from previous;
SAVEPOINT listener;
select id, email, role, display_name, phone, locale, company_name, created_at from users where id = cast(:merchant as uuid);
insert into notifications (user_id, type, title, body, data, dedupe_key, created_at) values (cast(:merchant as uuid), 'LEAD_SUBMITTED', 'Nouveau lead', 'Test Person, 500,00 MAD', cast('{"leadId": "probe"}' as jsonb), 'lead-submitted/' || gen_random_uuid(), now()) on conflict (dedupe_key) do nothing returning id, type, title, body, data::text as data, read_at, created_at;
RELEASE SAVEPOINT listener;
with l as (insert into leads (id, campaign_id, merchant_id, influencer_id, deposit_id, customer_name, customer_phone, customer_email, city, service_value, commission, source, notes, consent, created_at, expires_at) values (gen_random_uuid(), cast(:campaign as uuid), cast(:merchant as uuid), cast(:influencer as uuid), cast(:deposit as uuid), 'Test Person', '+212' || cast(:phone as bigint), null, null, 500, 50, 'WHATSAPP', null, true, now(), now() + interval '72 hours') returning *) select l.id as lead_id, c.name as campaign_name, i.display_name as influencer_name from l join campaigns c on c.id = l.campaign_id join users i on i.id = l.influencer_id \gset
select * from reserve_on_deposit(cast(:deposit as uuid), cast(:lead_id as uuid), 50, cast(:influencer as uuid));
ROLLBACK;
