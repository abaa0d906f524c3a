package com.shareyoursales.leads.analytics.internal;

/**
 * The generator's set-based SQL, statement by statement (separated by ";" at a line end). Temporary tables gen_*
 * hold the generated population for the rest of the transaction.
 */
final class GeneratorSql {

	private GeneratorSql() {
	}

	static final String POPULATION = """
			select setseed(:seed);
			insert into users (email, password_hash, role, display_name, phone, locale, company_name, created_at)
			select 'merchant-' || :tag || '-' || n || '@gen.leads.ma', :hash, 'MERCHANT', 'Merchant ' || n,
			       '+2125' || lpad(n::text, 8, '0'), 'fr', 'Entreprise ' || n, (:firstDay)::date - 30
			  from generate_series(1, :merchants) n;
			insert into users (email, password_hash, role, display_name, phone, locale, created_at)
			select 'influencer-' || :tag || '-' || n || '@gen.leads.ma', :hash, 'INFLUENCER', 'Influencer ' || n,
			       '+2126' || lpad(n::text, 8, '0'), (array['fr', 'fr', 'ar', 'en'])[1 + n % 4], (:firstDay)::date - 30
			  from generate_series(1, :influencers) n;
			create temp table gen_merchants on commit drop as
			select substring(email from '-(\\d+)@')::int as n, id from users where email like 'merchant-' || :tag || '-%';
			create temp table gen_influencers on commit drop as
			select substring(email from '-(\\d+)@')::int as n, id from users where email like 'influencer-' || :tag || '-%';
			create temp table gen_campaigns on commit drop as
			select row_number() over (order by m.n, c) as n, m.id as merchant_id, gen_random_uuid() as id,
			       m.n as merchant_n, c
			  from gen_merchants m cross join generate_series(1, 1 + m.n % 4) c;
			insert into campaigns (id, merchant_id, name, description, city, status, created_at)
			select id, merchant_id, 'Campagne ' || merchant_n || '-' || c, 'Generated campaign',
			       (array['Casablanca', 'Rabat', 'Marrakech', 'Tanger', 'Fes', 'Agadir'])[1 + n % 6], 'ACTIVE',
			       (:firstDay)::date - 30
			  from gen_campaigns;
			insert into campaign_settings (campaign_id, merchant_id) select id, merchant_id from gen_campaigns;
			create temp table gen_deposits on commit drop as
			select m.id as merchant_id, m.n, gen_random_uuid() as id from gen_merchants m;
			insert into company_deposits (id, merchant_id, created_at)
			select id, merchant_id, (:firstDay)::date - 30 from gen_deposits;
			create temp table gen_pool on commit drop as
			select c.n as campaign_n, j, i.id as influencer_id
			  from gen_campaigns c cross join generate_series(0, 11) j
			  join gen_influencers i on i.n = 1 + ((c.n * 37 + j * 101) % :influencers);
			insert into influencer_agreements (merchant_id, influencer_id, terms, valid_from, valid_to, status,
			                                   signed_at, terms_sha256)
			select distinct c.merchant_id, p.influencer_id, 'Generated agreement', (:firstDay)::date - 30,
			       (:firstDay)::date + 730, 'SIGNED', (:firstDay)::date - 30,
			       encode(sha256(convert_to('Generated agreement', 'UTF8')), 'hex')
			  from gen_pool p join gen_campaigns c on c.n = p.campaign_n;
			create index on gen_pool (campaign_n, j);
			create index on gen_campaigns (n);
			analyze gen_pool;
			analyze gen_campaigns;
			analyze gen_deposits
			""";

	/** Leads per business day: yearly seasonality, a growth trend and a weekly cycle (quiet weekends). */
	static final String DAYS = """
			create temp sequence if not exists gen_seq;
			create temp table gen_days on commit drop as
			with w as (
			  select d, (:firstDay)::date + d as day,
			         (1 + 0.25 * sin(2 * pi() * d / 365.0)) * (0.7 + 0.6 * d / 365.0)
			         * (array[0.6, 1.0, 1.05, 1.05, 1.0, 0.85, 0.7])[1 + extract(dow from (:firstDay)::date + d)::int] as weight
			    from generate_series(0, 364) d)
			select d, day, round(:leads * weight / sum(weight) over ())::int as cnt from w
			""";

	/**
	 * One batch of days. Decided leads older than the expiry: 58 % validated, 24 % rejected, 18 % expired, decided
	 * within 70 h (mostly fast); leads of the last 72 h are half pending. Hours follow a day with evening peaks.
	 */
	static final String LEADS = """
			insert into leads (campaign_id, merchant_id, influencer_id, deposit_id, customer_name, customer_phone, city,
			                   service_value, commission, source, consent, status, rejection_reason, created_at,
			                   expires_at, decided_at, decided_by)
			select c.id, c.merchant_id, p.influencer_id, dep.id, 'Client ' || x.seq,
			       '+2126' || lpad((x.seq % 100000000)::text, 8, '0'), x.city, x.value,
			       calculate_lead_commission(x.value, 800, 10, 80), x.source, true, x.status,
			       case when x.status = 'REJECTED' then (array['NOT_REACHABLE', 'NOT_INTERESTED', 'FAKE', 'DUPLICATE',
			            'OUT_OF_AREA', 'OTHER'])[1 + floor(random() * 6)::int] end,
			       x.created_at, x.created_at + interval '72 hours',
			       case x.status when 'PENDING' then null when 'EXPIRED' then x.created_at + interval '72 hours'
			            else x.decided_at end,
			       case when x.status in ('VALIDATED', 'REJECTED') then c.merchant_id end
			  from (
			    select g.*,
			           case when g.created_at < (:now)::timestamptz - interval '72 hours' then
			                  case when g.r < 0.58 then 'VALIDATED' when g.r < 0.82 then 'REJECTED' else 'EXPIRED' end
			                when g.r < 0.5 then 'PENDING' when g.r < 0.8 then 'VALIDATED' else 'REJECTED' end as status,
			           case when g.created_at < (:now)::timestamptz - interval '72 hours'
			                then g.created_at + make_interval(secs => 60 + power(random(), 3) * 70 * 3600)
			                else g.created_at + ((:now)::timestamptz - g.created_at) * random() end as decided_at
			      from (
			        select nextval('gen_seq') as seq, random() as r,
			               (d.day::timestamp + make_interval(
			                   hours => (array[8, 9, 10, 10, 11, 11, 12, 12, 13, 14, 15, 16, 17, 18, 18, 19, 19, 20, 20,
			                                   21, 21, 22, 23])[1 + floor(random() * 23)::int],
			                   secs => random() * 3599)) at time zone 'Africa/Casablanca' as created_at,
			               1 + floor(power(random(), 1.6) * (select count(*) from gen_campaigns))::int as campaign_n,
			               floor(power(random(), 2) * 12)::int as j,
			               round((80 + power(random(), 2) * 2400)::numeric, 2) as value,
			               (array['INSTAGRAM', 'INSTAGRAM', 'INSTAGRAM', 'TIKTOK', 'TIKTOK', 'FACEBOOK', 'WHATSAPP',
			                      'WHATSAPP', 'YOUTUBE', 'SNAPCHAT', 'WEBSITE', 'OTHER'])[1 + floor(random() * 12)::int] as source,
			               (array['Casablanca', 'Casablanca', 'Casablanca', 'Rabat', 'Rabat', 'Marrakech', 'Marrakech',
			                      'Tanger', 'Fes', 'Agadir', 'Meknes', 'Oujda', 'Kenitra', 'Tetouan',
			                      null])[1 + floor(random() * 15)::int] as city
			          from gen_days d cross join generate_series(1, d.cnt) k
			         where d.d between :dayFrom and :dayTo) g
			     where g.created_at < (:now)::timestamptz) x
			  join gen_campaigns c on c.n = x.campaign_n
			  join gen_pool p on p.campaign_n = x.campaign_n and p.j = x.j
			  join gen_deposits dep on dep.merchant_id = c.merchant_id
			""";

	static final String DECISIONS = """
			insert into lead_validation (lead_id, merchant_id, action, decided_by, reason, created_at)
			select l.id, l.merchant_id, l.status, l.decided_by, l.rejection_reason, l.decided_at
			  from leads l join gen_merchants m on m.id = l.merchant_id
			 where l.status <> 'PENDING'
			""";

	/**
	 * Payments (11 monthly recharges sized on the merchant's commissions, every fifth merchant recharging less, and
	 * an initial deposit large enough that the balance never drops below the reserved amount), then the ledger in
	 * time order with running balances.
	 */
	static final String LEDGER = """
			create temp table gen_events on commit drop as
			select l.deposit_id, l.merchant_id, 'RESERVE' as type, l.commission as amount, l.id as lead_id,
			       l.influencer_id as created_by, l.created_at as at, 1 as ord, 0::numeric as balance_delta,
			       l.commission as reserved_delta
			  from leads l join gen_deposits d on d.id = l.deposit_id
			union all
			select l.deposit_id, l.merchant_id, case when l.status = 'VALIDATED' then 'CAPTURE' else 'RELEASE' end,
			       l.commission, l.id, l.decided_by, l.decided_at, 2,
			       case when l.status = 'VALIDATED' then -l.commission else 0 end, -l.commission
			  from leads l join gen_deposits d on d.id = l.deposit_id
			 where l.status <> 'PENDING';
			create temp table gen_funding on commit drop as
			select d.id as deposit_id, d.merchant_id, d.n,
			       greatest(round(coalesce(t.total, 0) * case when d.n % 5 = 0 then 0.035 else 0.065 end, 2), 100.00) as recharge
			  from gen_deposits d
			  left join (select deposit_id, sum(amount) as total from gen_events where ord = 1 group by deposit_id) t
			    on t.deposit_id = d.id;
			create temp table gen_need on commit drop as
			select e.deposit_id, max(e.exposure - f.recharge * least(11, greatest(0, floor(extract(epoch from
			           e.at - (((:firstDay)::date - 1)::timestamp at time zone 'Africa/Casablanca' + interval '10 hours'))
			           / (30 * 86400))))) as need
			  from (select deposit_id, at,
			               sum(reserved_delta - balance_delta) over (partition by deposit_id order by at, ord, lead_id
			                                                          rows unbounded preceding) as exposure
			          from gen_events) e
			  join gen_funding f on f.deposit_id = e.deposit_id
			 group by e.deposit_id;
			create temp table gen_payments on commit drop as
			select gen_random_uuid() as id, f.deposit_id, f.merchant_id, k,
			       case when k = 0 then greatest(round(coalesce(n.need, 0) * case when f.n % 5 = 0 then 1.02 else 1.3 end, 2) + 100.00,
			                                     f.recharge * 3)
			            else f.recharge end as amount,
			       ((:firstDay)::date - 1 + k * 30)::timestamp at time zone 'Africa/Casablanca' + interval '10 hours' as at,
			       (array['BANK_TRANSFER', 'STRIPE', 'CMI'])[1 + (f.n + k) % 3] as method
			  from gen_funding f left join gen_need n on n.deposit_id = f.deposit_id
			 cross join generate_series(0, 11) k;
			insert into payments (id, merchant_id, deposit_id, method, purpose, amount, status, external_key, created_at,
			                      updated_at, succeeded_at)
			select id, merchant_id, deposit_id, method, case when k = 0 then 'INITIAL' else 'RECHARGE' end, amount,
			       'SUCCEEDED', 'gen-' || :tag || '-' || id, at, at, at
			  from gen_payments;
			insert into deposit_transactions (deposit_id, merchant_id, type, amount, lead_id, payment_id, balance_after,
			                                  reserved_after, created_by, created_at)
			select deposit_id, merchant_id, type, amount, lead_id, payment_id, sum(balance_delta) over w,
			       sum(reserved_delta) over w, created_by, at
			  from (select deposit_id, merchant_id, 'CREDIT' as type, amount, null::uuid as lead_id, id as payment_id,
			               amount as balance_delta, 0::numeric as reserved_delta, null::uuid as created_by, at, 0 as ord
			          from gen_payments
			        union all
			        select deposit_id, merchant_id, type, amount, lead_id, null, balance_delta, reserved_delta, created_by,
			               at, ord
			          from gen_events) e
			window w as (partition by deposit_id order by at, ord, lead_id rows unbounded preceding)
			 order by at, ord, lead_id;
			with last_row as (
			  select t.deposit_id, max(t.id) as id, max(t.id) filter (where t.type = 'CREDIT') as credit_id
			    from deposit_transactions t join gen_deposits g on g.id = t.deposit_id
			   group by t.deposit_id)
			update company_deposits d
			   set balance = l.balance_after, reserved = l.reserved_after,
			       reference_amount = c.balance_after - c.reserved_after,
			       alert_level = deposit_alert_level(l.balance_after - l.reserved_after, c.balance_after - c.reserved_after)
			  from last_row r
			  join deposit_transactions l on l.id = r.id
			  join deposit_transactions c on c.id = r.credit_id
			 where d.id = r.deposit_id
			""";

}
