package com.shareyoursales.leads.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import com.shareyoursales.leads.support.DatabaseServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The benchmark on a server it is given (PG_SERVER): the URI is read as libpq reads it, the run's role and databases
 * are created as production's are (an owner that is neither superuser nor BYPASSRLS), a failed run's leftovers do not
 * stop the next one, and the end of a run leaves nothing behind. A second PostgreSQL of its own plays the given server.
 */
class GivenServerTests {

	@TempDir
	static Path dataDirectory;

	static EmbeddedPostgres server;

	static DatabaseServer given;

	@BeforeAll
	static void startServer() throws Exception {
		server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).start();
		given = DatabaseServer.given("postgresql://postgres@localhost:" + server.getPort());
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void readsTheServerLikeLibpq() {
		DatabaseServer parsed = DatabaseServer.given("postgresql://ops%40leads:p%3Ass+w@db.example:6543");
		assertThat(parsed.host()).isEqualTo("db.example");
		assertThat(parsed.port()).isEqualTo(6543);
		assertThat(parsed.superuserRole()).isEqualTo("ops@leads");
		assertThat(parsed.superuserPassword()).isEqualTo("p:ss+w");
		assertThat(parsed.toString()).doesNotContain("ss+w");

		DatabaseServer ipv6 = DatabaseServer.given("postgresql://postgres@[::1]:5433");
		assertThat(ipv6.host()).isEqualTo("::1");
		assertThat(ipv6.jdbcUrl("leads")).isEqualTo("jdbc:postgresql://[::1]:5433/leads");

		DatabaseServer defaults = DatabaseServer.given("postgres://db.example");
		assertThat(defaults.port()).isEqualTo(5432);
		assertThat(defaults.superuserRole()).isEqualTo("postgres");
		assertThat(defaults.superuserPassword()).isEmpty();

		assertThatThrownBy(() -> DatabaseServer.given("jdbc:postgresql://db.example/leads"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("postgresql://");
	}

	@Test
	void createsTheServicesDatabaseAsProductionDoesAndLeavesNothingBehind() throws Exception {
		// given what a run that failed left behind
		try (Connection connection = given.superuser("postgres"); Statement statement = connection.createStatement()) {
			statement.execute("create role leads_bench");
			statement.execute("create database leads_bench_pgbench_s10");
		}

		// when a run prepares the server
		DatabaseServer prepared = GivenServer.prepare(given);

		// then the service's role owns its database and row security applies to it
		assertThat(prepared.database()).isEqualTo("leads_bench");
		assertThat(query("select rolsuper or rolbypassrls or rolcreatedb or rolcreaterole from pg_roles"
				+ " where rolname = 'leads_bench'")).isEqualTo("f");
		assertThat(query("select pg_get_userbyid(datdba) from pg_database where datname = 'leads_bench'"))
			.isEqualTo("leads_bench");
		try (Connection service = DriverManager.getConnection(prepared.jdbcUrl("leads_bench"), prepared.appRole(),
				prepared.appPassword()); Statement statement = service.createStatement();
				ResultSet rs = statement.executeQuery("select current_user")) {
			rs.next();
			assertThat(rs.getString(1)).isEqualTo("leads_bench");
		}
		assertThat(query("select count(*) from pg_database where datname = 'leads_bench_pgbench_s10'")).isEqualTo("0");

		// and its postmaster is found (the server runs on this machine), so PostgreSQL's CPU is counted
		long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
		assertThat(prepared.postmasterPid()).isEqualTo(postmaster);

		// when the run ends, with a connection still open to one of its databases
		try (Connection open = given.superuser("leads_bench")) {
			GivenServer.drop(prepared);
		}

		// then nothing of it is left
		assertThat(query("select count(*) from pg_database where datname like 'leads_bench%'")).isEqualTo("0");
		assertThat(query("select count(*) from pg_roles where rolname like 'leads_bench%'")).isEqualTo("0");
	}

	private static String query(String sql) throws SQLException {
		try (Connection connection = given.superuser("postgres"); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
