-- submission-as-sent.sql's statements in one PL/pgSQL function, for the round-trip probe only (a throwaway schema in
-- the benchmark's database; the service never calls it). Same statements, same order, same row-security roles.
drop schema if exists bench_probe cascade;
create schema bench_probe;
create function bench_probe.submit(p_influencer uuid, p_merchant uuid, p_campaign uuid, p_deposit uuid, p_phone text)
returns table (lead_id uuid, outcome varchar) language plpgsql as $$
declare
  campaign record;
  agreement record;
  merchant record;
  deposit uuid;
  lead uuid;
  reservation record;
begin
  perform set_config('app.user_id', p_influencer::text, true), set_config('app.role', 'INFLUENCER', true);
  select c.id, c.merchant_id, coalesce(u.company_name, u.display_name) as merchant_name, c.name, c.description, c.city, c.status, c.created_at, c.updated_at, s.commission_threshold, s.commission_rate, s.commission_flat, s.expiry_hours, s.on_expiry, s.cap_per_influencer_per_day, s.cap_total, s.requires_agreement, s.duplicate_window_days, s.min_service_value
    into campaign from campaigns c join campaign_settings s on s.campaign_id = c.id join users u on u.id = c.merchant_id where c.id = p_campaign;
  select a.*, coalesce(m.company_name, m.display_name) as merchant_name, i.display_name as influencer_name, c.name as campaign_name
    into agreement from influencer_agreements a join users m on m.id = a.merchant_id join users i on i.id = a.influencer_id left join campaigns c on c.id = a.campaign_id
   where a.merchant_id = p_merchant and a.influencer_id = p_influencer and a.status = 'SIGNED' and (a.campaign_id is null or a.campaign_id = p_campaign)
   order by (a.campaign_id is null), a.signed_at desc limit 1;
  perform set_config('app.role', 'SYSTEM', true);
  perform lead_duplicates_locked(array['lead-phone:' || p_merchant || ':' || p_phone], array[p_merchant], array[p_phone::text], array[now() - interval '30 days']);
  select id into deposit from company_deposits where merchant_id = p_merchant and (campaign_id = p_campaign or campaign_id is null) order by campaign_id nulls last limit 1;
  select id, email, role, display_name, phone, locale, company_name, created_at into merchant from users where id = p_merchant;
  perform post_letters(jsonb_build_array(jsonb_build_object('id', gen_random_uuid(), 'user_id', p_merchant, 'type', 'LEAD_SUBMITTED',
             'title', 'Nouveau lead', 'body', 'Test Person, 500,00 MAD', 'data', jsonb_build_object('leadId', 'probe'),
             'dedupe_key', 'lead-submitted/' || gen_random_uuid(), 'created_at', now())), '[]'::jsonb, true);
  insert into leads (id, campaign_id, merchant_id, influencer_id, deposit_id, customer_name, customer_phone, customer_email, city, service_value, commission, source, notes, consent, created_at, expires_at)
  values (gen_random_uuid(), p_campaign, p_merchant, p_influencer, deposit, 'Test Person', p_phone, null, null, 500, 50, 'WHATSAPP', null, true, now(), now() + interval '72 hours')
  returning id into lead;
  select * into reservation from reserve_on_deposit(deposit, lead, 50, p_influencer);
  return query select lead, reservation.outcome;
end $$;
