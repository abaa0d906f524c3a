package com.shareyoursales.leads.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.shareyoursales.leads.analytics.internal.RollupQueue;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.TestActors;
import com.shareyoursales.leads.support.TestActors.Actor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rollups are maintained incrementally (triggers queue each statement's changes, drains apply them in batches);
 * after any mix of single and bulk inserts, decisions, bulk expiries and edits, and a catch-up, they must equal a
 * recount from the leads table.
 */
@IntegrationTest
class LeadRollupsIntegrationTests {

	private static final String[] SOURCES = { "INSTAGRAM", "TIKTOK", "FACEBOOK", "WHATSAPP", "WEBSITE" };

	private static final String[] CITIES = { "Casablanca", "Rabat", "Marrakech", null };

	private static final String[] DECISIONS = { "VALIDATED", "REJECTED", "EXPIRED" };

	// rows of the three rollup tables, as a recount from the leads gives them (zero rows left out); the periods of
	// each scope come from lead_rollup_periods, whose ten-day blocks PeriodSlicesProperties check
	private static final String RECOUNT = """
			with l as (
			  select l.*, (l.created_at at time zone 'Africa/Casablanca')::date as day,
			         hashtext(l.merchant_id::text) & 7 as shard,
			         case when l.status in ('VALIDATED', 'REJECTED') then lead_decision_bucket(
			           floor(extract(epoch from l.decided_at - l.created_at))::bigint) end as bucket
			    from leads l),
			keyed as (
			  select k.*, g.grain, g.period, l.status, l.commission, l.service_value, l.source, l.city, l.bucket
			    from l
			   cross join lateral (values
			     (1, '%1$s'::uuid, '%1$s'::uuid, '%1$s'::uuid, l.shard),
			     (2, l.merchant_id, '%1$s'::uuid, '%1$s'::uuid, 0), (3, '%1$s'::uuid, l.influencer_id, '%1$s'::uuid, 0),
			     (4, l.merchant_id, '%1$s'::uuid, l.campaign_id, 0), (5, l.merchant_id, l.influencer_id, '%1$s'::uuid, 0),
			     (6, l.merchant_id, l.influencer_id, l.campaign_id, 0)) k(scope, merchant_id, influencer_id, campaign_id, shard)
			   cross join lateral lead_rollup_periods(k.scope::smallint, l.day) g)
			""".formatted("00000000-0000-0000-0000-000000000000");

	private static final String EXPECTED_SUMS = """
			count(*) filter (where status = 'PENDING') as pending, count(*) filter (where status = 'VALIDATED') as validated,
			count(*) filter (where status = 'REJECTED') as rejected, count(*) filter (where status = 'EXPIRED') as expired,
			coalesce(sum(commission) filter (where status = 'PENDING'), 0) as pending_commission,
			coalesce(sum(commission) filter (where status = 'VALIDATED'), 0) as validated_commission,
			coalesce(sum(service_value) filter (where status = 'VALIDATED'), 0) as validated_value""";

	private static final String STORED_SUMS = """
			pending, validated, rejected, expired, pending_commission, validated_commission, validated_value""";

	// a row all of whose sums went back to zero (its leads moved to another day or key) is as good as no row
	private static final String NON_ZERO = """
			(pending, validated, rejected, expired) <> (0, 0, 0, 0) or pending_commission <> 0
			or validated_commission <> 0 or validated_value <> 0""";

	@Autowired
	TestActors actors;

	@Autowired
	RollupQueue queue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void rollupsEqualARecountAfterARandomMixOfOperations() {
		// given
		TransactionTemplate system = new TransactionTemplate(transactionManager);
		StatsFixtures fixtures = new StatsFixtures(jdbc, system);
		Random random = new Random(20261124);
		List<Actor> merchants = List.of(actors.merchant(), actors.merchant());
		List<Actor> influencers = List.of(actors.influencer(), actors.influencer(), actors.influencer());
		List<UUID> campaigns = new ArrayList<>();
		List<UUID> deposits = new ArrayList<>();
		for (Actor merchant : merchants) {
			UUID deposit = fixtures.fundedDeposit(merchant.id(), "900000.00");
			for (int c = 0; c < 2; c++) {
				campaigns.add(fixtures.campaign(merchant.id(), "R" + c));
				deposits.add(deposit);
			}
		}
		List<UUID> pending = new ArrayList<>();
		// when
		for (int step = 0; step < 250; step++) {
			int operation = random.nextInt(10);
			if (operation < 4 || pending.isEmpty()) {
				int c = random.nextInt(campaigns.size());
				pending.add(fixtures.insert(deposits.get(c), randomLead(random, campaigns.get(c),
						influencers.get(random.nextInt(influencers.size())).id())));
			}
			else if (operation < 7) {
				UUID lead = pending.remove(random.nextInt(pending.size()));
				String status = DECISIONS[random.nextInt(DECISIONS.length)];
				long delay = random.nextInt(3) == 0 ? random.nextInt(3600) : random.nextInt(80 * 3600);
				system.executeWithoutResult(tx -> fixtures.decide(lead, status, createdAt(lead).plusSeconds(delay)));
			}
			else if (operation == 7) {
				pending.removeAll(expireInOneStatement(system, campaigns.get(random.nextInt(campaigns.size()))));
			}
			else if (operation == 8) {
				UUID lead = pending.get(random.nextInt(pending.size()));
				String city = CITIES[random.nextInt(CITIES.length)];
				system.executeWithoutResult(tx -> jdbc.sql("update leads set city = ?, notes = 'edited' where id = ?")
					.params(city, lead)
					.update());
			}
			else {
				int c = random.nextInt(campaigns.size());
				Actor influencer = influencers.get(random.nextInt(influencers.size()));
				pending.add(insertAsInfluencer(system, deposits.get(c), campaigns.get(c), influencer.id(), random));
			}
		}
		// then
		queue.catchUp();
		long mismatches = system.execute(tx -> mismatches());
		assertThat(mismatches).isZero();
	}

	@Test
	void concurrentWritersAndDrainsNeitherDeadlockNorLoseAChange() throws Exception {
		// given: writers on one merchant (its rows are everybody's rows) while reads catch up and the background drains
		TransactionTemplate system = new TransactionTemplate(transactionManager);
		StatsFixtures fixtures = new StatsFixtures(jdbc, system);
		Actor merchant = actors.merchant();
		List<Actor> influencers = List.of(actors.influencer(), actors.influencer());
		UUID deposit = fixtures.fundedDeposit(merchant.id(), "900000.00");
		UUID campaign = fixtures.campaign(merchant.id(), "Concurrent");
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
		java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
		List<java.util.concurrent.Future<?>> writers = new ArrayList<>();
		// when
		for (int w = 0; w < 4; w++) {
			Random random = new Random(w);
			writers.add(pool.submit(() -> {
				for (int i = 0; i < 25; i++) {
					UUID lead = fixtures.insert(deposit,
							randomLead(random, campaign, influencers.get(random.nextInt(influencers.size())).id()));
					if (random.nextBoolean()) {
						String status = DECISIONS[random.nextInt(DECISIONS.length)];
						system.executeWithoutResult(tx -> fixtures.decide(lead, status, createdAt(lead).plusSeconds(90)));
					}
				}
				return null;
			}));
		}
		List<java.util.concurrent.Future<?>> readers = new ArrayList<>();
		for (int r = 0; r < 2; r++) {
			readers.add(pool.submit(() -> {
				while (writing.get()) {
					queue.catchUp();
				}
				return null;
			}));
		}
		for (java.util.concurrent.Future<?> writer : writers) {
			writer.get(2, java.util.concurrent.TimeUnit.MINUTES);
		}
		writing.set(false);
		for (java.util.concurrent.Future<?> reader : readers) {
			reader.get(1, java.util.concurrent.TimeUnit.MINUTES);
		}
		pool.shutdown();
		// then: no thread failed (a deadlock is an exception in one of them), and the catch-up is exact
		queue.catchUp();
		long mismatches = system.execute(tx -> mismatches());
		assertThat(mismatches).isZero();
	}

	private StatsFixtures.LeadSpec randomLead(Random random, UUID campaign, UUID influencer) {
		Instant created = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(random.nextLong(365L * 86400));
		int value = 1 + random.nextInt(2000);
		String commission = value < 800 ? String.valueOf(value / 10.0) : "80.00";
		return new StatsFixtures.LeadSpec(campaign, influencer, created, value + ".00",
				new java.math.BigDecimal(commission).setScale(2).toPlainString(), SOURCES[random.nextInt(SOURCES.length)],
				CITIES[random.nextInt(CITIES.length)], "PENDING", null);
	}

	/** An influencer's own insert: the trigger must write the platform rows it cannot see, then give its role back. */
	private UUID insertAsInfluencer(TransactionTemplate system, UUID deposit, UUID campaign, UUID influencer,
			Random random) {
		StatsFixtures.LeadSpec spec = randomLead(random, campaign, influencer);
		return system.execute(tx -> {
			jdbc.sql("select set_config('app.role', 'INFLUENCER', true), set_config('app.user_id', ?, true)")
				.param(influencer.toString())
				.query()
				.listOfRows();
			UUID lead = jdbc.sql("""
					insert into leads (campaign_id, merchant_id, influencer_id, deposit_id, customer_name, customer_phone,
					                   city, service_value, commission, source, consent, created_at, expires_at)
					select ?, c.merchant_id, ?, ?, 'Client', '+212600000001', ?, ?, ?, ?, true, ?, ?
					  from campaigns c where c.id = ? returning id""")
				.params(campaign, influencer, deposit, spec.city(), new java.math.BigDecimal(spec.value()),
						new java.math.BigDecimal(spec.commission()), spec.source(),
						java.sql.Timestamp.from(spec.createdAt()),
						java.sql.Timestamp.from(spec.createdAt().plus(Duration.ofHours(72))), campaign)
				.query(UUID.class)
				.single();
			assertThat(jdbc.sql("select current_setting('app.role')").query(String.class).single())
				.isEqualTo("INFLUENCER");
			jdbc.sql("select set_config('app.role', 'SYSTEM', true)").query().listOfRows();
			jdbc.sql("select outcome from reserve_on_deposit(?, ?, ?, null)")
				.params(deposit, lead, new java.math.BigDecimal(spec.commission()))
				.query(String.class)
				.single();
			return lead;
		});
	}

	/** The nightly sweep's shape: one UPDATE expiring several leads, then their releases. */
	private List<UUID> expireInOneStatement(TransactionTemplate system, UUID campaign) {
		return system.execute(tx -> {
			List<UUID> expired = jdbc.sql("""
					update leads set status = 'EXPIRED', decided_at = expires_at
					 where campaign_id = ? and status = 'PENDING' returning id""")
				.param(campaign)
				.query(UUID.class)
				.list();
			for (UUID lead : expired) {
				jdbc.sql("select (release_reservation(l.deposit_id, l.id, l.commission, null)).outcome from leads l where l.id = ?")
					.param(lead)
					.query(String.class)
					.single();
			}
			return expired;
		});
	}

	private Instant createdAt(UUID lead) {
		return jdbc.sql("select created_at from leads where id = ?")
			.param(lead)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
	}

	private long mismatches() {
		String counts = RECOUNT + """
				, expected as (
				  select scope, merchant_id, influencer_id, campaign_id, grain, period, shard, %s
				    from keyed group by 1, 2, 3, 4, 5, 6, 7),
				actual as (
				  select scope, merchant_id, influencer_id, campaign_id, grain, period, shard, %s
				    from lead_rollups where %s)
				select (select count(*) from (table expected except table actual) a)
				     + (select count(*) from (table actual except table expected) b)""".formatted(EXPECTED_SUMS,
				STORED_SUMS, NON_ZERO);
		String breakdowns = RECOUNT + """
				, expected as (
				  select scope, merchant_id, influencer_id, campaign_id, v.dimension, grain, period, v.value, shard, %s
				    from keyed cross join lateral (values ('SOURCE', source), ('CITY', coalesce(city, ''))) v(dimension, value)
				   where scope <= 4 and grain <> 'T' group by 1, 2, 3, 4, 5, 6, 7, 8, 9),
				actual as (
				  select scope, merchant_id, influencer_id, campaign_id, dimension, grain, period, value, shard, %s
				    from lead_breakdown_rollups where %s)
				select (select count(*) from (table expected except table actual) a)
				     + (select count(*) from (table actual except table expected) b)""".formatted(EXPECTED_SUMS,
				STORED_SUMS, NON_ZERO);
		String decisions = RECOUNT + """
				, expected as (
				  select scope, merchant_id, influencer_id, campaign_id, grain, period, bucket, 0 as shard,
				         count(*) as decisions
				    from keyed where scope <= 5 and bucket is not null group by 1, 2, 3, 4, 5, 6, 7, 8),
				actual as (
				  select scope, merchant_id, influencer_id, campaign_id, grain, period, bucket_seconds, shard, decisions
				    from lead_decision_rollups where decisions <> 0)
				select (select count(*) from (table expected except table actual) a)
				     + (select count(*) from (table actual except table expected) b)""";
		return jdbc.sql(counts).query(Long.class).single() + jdbc.sql(breakdowns).query(Long.class).single()
				+ jdbc.sql(decisions).query(Long.class).single();
	}

}
