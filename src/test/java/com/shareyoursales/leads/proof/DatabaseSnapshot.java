package com.shareyoursales.leads.proof;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a request could have stored: the row count of every table and a checksum of its money (numeric) columns,
 * read as SYSTEM so row-level security hides nothing. Two equal snapshots mean nothing was written that counts.
 * Tables only background workers write (the notification dispatcher's attempts and demo inbox, the scheduler's
 * locks and runs) are left out: they change on their own schedule, not because of a request. So are the log-in
 * throttle's attempts: a refused log-in is counted there on purpose.
 */
class DatabaseSnapshot {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final String query;

	private String last;

	/**
	 * Publications already incomplete when the pass began (another test's leftovers): not waited for, or each settle
	 * would wait its whole timeout.
	 */
	private final String[] stale;

	DatabaseSnapshot(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.query = transactions.execute(status -> buildQuery());
		this.stale = transactions.execute(status -> jdbc
			.sql("select cast(id as text) from event_publication where completion_date is null")
			.query(String.class)
			.list()
			.toArray(String[]::new));
		this.last = take();
	}

	/** One statement: per table, "name:count:md5 of its numeric columns". */
	private String buildQuery() {
		List<String> tables = jdbc.sql("""
				select table_name from information_schema.tables
				 where table_schema = current_schema() and table_type = 'BASE TABLE'
				   and table_name not in ('flyway_schema_history', 'notification_attempts', 'demo_inbox', 'shedlock', 'job_runs',
				                          'login_attempts')
				 order by table_name""").query(String.class).list();
		return tables.stream().map(table -> {
			List<String> money = jdbc.sql("""
					select column_name from information_schema.columns
					 where table_schema = current_schema() and table_name = :t and data_type = 'numeric' order by column_name""")
				.param("t", table)
				.query(String.class)
				.list();
			String values = money.isEmpty() ? "''" : "concat_ws('|', " + String.join(", ", money) + ")";
			return "select '" + table + ":' || count(*) || ':' || md5(coalesce(string_agg(" + values + ", ',' order by "
					+ values + "), '')) from " + table;
		}).collect(Collectors.joining(" union all ")) + " order by 1";
	}

	String take() {
		return transactions.execute(status -> String.join("\n", jdbc.sql(query).query(String.class).list()));
	}

	/**
	 * After an accepted request: lets its after-commit listeners finish and applies its queued rollup changes, then
	 * remembers the new state.
	 */
	void settleAndTake() {
		long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
		while (System.nanoTime() < deadline && Boolean.TRUE.equals(transactions.execute(status -> jdbc
			.sql("""
				select exists(select 1 from event_publication
				                where completion_date is null and cast(id as text) <> all(cast(:stale as text[])))""")
			.param("stale", stale)
			.query(Boolean.class)
			.single()))) {
			Thread.onSpinWait();
		}
		// the background drain would move its queued lead changes into the rollups later, during another request
		transactions.executeWithoutResult(status -> jdbc.sql("select drain_lead_rollup_queue(null, true)")
			.query(Integer.class)
			.single());
		last = take();
	}

	/** Null when nothing changed since the last snapshot; else the tables that changed. */
	String differenceFromLast() {
		String now = take();
		if (now.equals(last)) {
			return null;
		}
		List<String> before = List.of(last.split("\n"));
		String changed = List.of(now.split("\n")).stream().filter(line -> !before.contains(line))
			.collect(Collectors.joining(", "));
		last = now;
		return changed;
	}

}
