package com.shareyoursales.leads.analytics.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import com.shareyoursales.leads.shared.BusinessTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a database with a realistic population for demos and benchmarks, set-based (generate_series): merchants,
 * influencers, campaigns, one general deposit per merchant, a year of leads with weekly and yearly seasonality and
 * a growth trend, their decisions, and the ledger that goes with them (credits, reserves, captures, releases with
 * running balances), so that {@code ledger_replay_mismatches} stays empty. Leads go through the rollup triggers like
 * any other insert, and their queued changes are applied before it returns. Every generated account's password is
 * {@value #PASSWORD}.
 */
@Component
public class DemoDataGenerator {

	public static final String PASSWORD = "password-123";

	/** What to generate; the tag makes e-mails unique so that several runs can share a database. */
	public record Request(long leads, int merchants, int influencers, long seed) {
	}

	/** What was generated; merchant and influencer n log in as merchant-TAG-n@gen.leads.ma (n from 1). */
	public record Result(String tag, long leads, long ledgerRows, long mismatches, Duration took) {

		public String merchantEmail(int n) {
			return "merchant-" + tag + "-" + n + "@gen.leads.ma";
		}

		public String influencerEmail(int n) {
			return "influencer-" + tag + "-" + n + "@gen.leads.ma";
		}

	}

	private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);

	private static final int MONTHS = 12;

	private final JdbcClient jdbc;

	private final RollupQueue queue;

	private final TransactionTemplate transactions;

	private final PasswordEncoder passwords;

	private final Clock clock;

	DemoDataGenerator(JdbcClient jdbc, PlatformTransactionManager transactionManager, PasswordEncoder passwords,
			RollupQueue queue, Clock clock) {
		this.jdbc = jdbc;
		this.queue = queue;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setTimeout(-1);
		this.passwords = passwords;
		this.clock = clock;
	}

	public Result generate(Request request) {
		long started = System.nanoTime();
		String tag = Long.toString(clock.millis(), 36);
		Instant now = clock.instant();
		LocalDate firstDay = BusinessTime.today(clock).minusDays(365);
		Map<String, Object> params = Map.of("tag", tag, "merchants", request.merchants(), "influencers",
				request.influencers(), "hash", passwords.encode(PASSWORD), "firstDay", firstDay, "now",
				now.atOffset(java.time.ZoneOffset.UTC), "leads", request.leads(), "seed", (request.seed() % 1000) / 1000.0);
		queue.pauseBackgroundDrain();
		try {
			generateIn(params);
		}
		finally {
			queue.resumeBackgroundDrain();
		}
		for (String table : new String[] { "leads", "deposit_transactions", "lead_rollups", "lead_breakdown_rollups",
				"lead_decision_rollups", "company_deposits", "users", "campaigns" }) {
			jdbc.sql("analyze " + table).update();
		}
		Result result = transactions.execute(tx -> new Result(tag,
				jdbc.sql("select count(*) from leads l join users u on u.id = l.merchant_id where u.email like :p")
					.param("p", "merchant-" + tag + "-%")
					.query(Long.class)
					.single(),
				jdbc.sql("select count(*) from deposit_transactions").query(Long.class).single(),
				jdbc.sql("select count(*) from ledger_replay_mismatches").query(Long.class).single(),
				Duration.ofNanos(System.nanoTime() - started)));
		log.info("Generated {} leads (tag {}) in {} s; ledger rows {}; ledger replay mismatches {}", result.leads(),
				tag, result.took().toSeconds(), result.ledgerRows(), result.mismatches());
		return result;
	}

	/** Everything in one transaction, then the rollups of the queued changes, one bulk statement at a time. */
	private void generateIn(Map<String, Object> params) {
		transactions.executeWithoutResult(tx -> {
			run("population", GeneratorSql.POPULATION, params);
			run("days", GeneratorSql.DAYS, params);
			for (int month = 0; month <= MONTHS; month++) {
				Map<String, Object> batch = new java.util.HashMap<>(params);
				batch.put("dayFrom", month * 30);
				batch.put("dayTo", month == MONTHS ? 400 : month * 30 + 29);
				run("leads " + (month + 1) + "/" + (MONTHS + 1), GeneratorSql.LEADS, batch);
			}
			run("decisions", GeneratorSql.DECISIONS, params);
			run("ledger", GeneratorSql.LEDGER, params);
		});
		long started = System.nanoTime();
		long changes = queue.catchUpRowByRow();
		log.info("generator: {} lead changes applied to the rollups in {} ms", changes,
				(System.nanoTime() - started) / 1_000_000);
	}

	private void run(String step, String sql, Map<String, Object> params) {
		long started = System.nanoTime();
		for (String statement : sql.split(";\\s*\\n")) {
			if (!statement.isBlank()) {
				var spec = jdbc.sql(statement).params(params.entrySet()
					.stream()
					.filter(entry -> statement.contains(":" + entry.getKey()))
					.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
				if (statement.strip().startsWith("select")) {
					spec.query().listOfRows();
				}
				else {
					spec.update();
				}
			}
		}
		log.info("generator: {} done in {} ms", step, (System.nanoTime() - started) / 1_000_000);
	}

}
