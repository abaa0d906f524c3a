package com.shareyoursales.leads.leads.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.shareyoursales.leads.support.DatabaseServer;
import com.shareyoursales.leads.support.ThrowawayPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The decisions' lead lock finds its leads by key under row security on PostgreSQL 15 too (Debian 12's own server:
 * .ci/run installs and starts it and names it in LEADS_TEST_POSTGRES15_URL), not only on the embedded 17. Sent as
 * {@code any(cast(:ids as uuid[]))} of a {@code text[]}, the keys were a filter applied to every entry of the index
 * after the policy's conditions on 15 (a cast is not leakproof), 4 to 6 times PostgreSQL's CPU per lead operation in
 * the benchmark (PERFORMANCE.md run 38); 17 used them as the index's condition either way.
 * <p>
 * The plan checked is the one the service's own call gets: {@link LeadRows#lock} runs on one connection as the
 * service's role, with the settings of a decision batch (TransactionLabels.GENERIC_PLANS), until the driver
 * keeps it as a named prepared statement; that statement, with the parameter types the driver gave it, is explained.
 */
class LeadLockOnPostgres15Tests {

	static final String SERVER = "LEADS_TEST_POSTGRES15_URL";

	@Test
	void onPostgres15TheLockLooksItsLeadsUpByKey() throws Exception {
		String url = System.getenv(SERVER);
		assumeTrue(url != null, SERVER + " names no PostgreSQL 15 (.ci/run starts one)");
		try (ThrowawayPostgres postgres = ThrowawayPostgres.migratedOn(DatabaseServer.given(url))) {
			assertThat(serverVersion(postgres)).startsWith("15.");
			assertLooksItsLeadsUpByKey(postgres);
		}
	}

	@Test
	void onTheEmbeddedServerTheLockLooksItsLeadsUpByKey() throws Exception {
		try (ThrowawayPostgres postgres = ThrowawayPostgres.migrated()) {
			assertLooksItsLeadsUpByKey(postgres);
		}
	}

	private static void assertLooksItsLeadsUpByKey(ThrowawayPostgres postgres) throws SQLException {
		String plan = planOfTheServicesLock(postgres);

		assertThat(plan).contains("on leads_pkey").contains("Index Cond: (id = ANY ").doesNotContain("Seq Scan");
		assertThat(plan.lines().filter(line -> line.contains("Filter:")).toList())
			.noneMatch(filter -> filter.contains("ANY"));
	}

	/** The generic plan of the statement LeadRows.lock sends, as the driver prepared it on the server. */
	private static String planOfTheServicesLock(ThrowawayPostgres postgres) throws SQLException {
		try (Connection connection = postgres.dataSource().getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("select set_config('app.user_id', '" + UUID.randomUUID() + "', false),"
						+ " set_config('app.role', 'MERCHANT', false),"
						+ " set_config('plan_cache_mode', 'force_generic_plan', false),"
						+ " set_config('enable_seqscan', 'off', false), set_config('jit', 'off', false)");
				LeadRows leads = new LeadRows(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
				// the driver names a statement on the server from its fifth execution on (prepareThreshold)
				for (int i = 0; i < 5; i++) {
					assertThat(leads.lock(List.of(UUID.randomUUID(), UUID.randomUUID()))).isEmpty();
				}
				String name;
				try (ResultSet prepared = statement.executeQuery(
						"select name from pg_prepared_statements where statement like '%for update of l%'")) {
					assertThat(prepared.next()).as("the driver prepared the lock on the server").isTrue();
					name = prepared.getString(1);
				}
				List<String> plan = new ArrayList<>();
				try (ResultSet rows = statement.executeQuery("explain execute \"" + name + "\"(null)")) {
					while (rows.next()) {
						plan.add(rows.getString(1));
					}
				}
				connection.rollback();
				return String.join("\n", plan);
			}
		}
	}

	private static String serverVersion(ThrowawayPostgres postgres) throws SQLException {
		try (Connection connection = postgres.dataSource().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("show server_version")) {
			rs.next();
			return rs.getString(1);
		}
	}

}
