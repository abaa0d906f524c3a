package com.shareyoursales.leads.platform.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded server of run mode: durable, its data kept across restarts, and recovering from a killed JVM. */
class EmbeddedPostgresServerTests {

	@TempDir
	Path dataDir;

	@Test
	void keepsEveryRowAcrossARestartWithDurabilityOn() throws Exception {
		// given
		EmbeddedPostgres first = EmbeddedPostgresServer.start(dataDir, true, false, Map.of());
		execute(first, "create table kept (v text); insert into kept values ('deposit acknowledged')");
		assertThat(query(first, "show fsync")).isEqualTo("on");
		assertThat(query(first, "show synchronous_commit")).isEqualTo("on");

		// when
		EmbeddedPostgresServer.stop(dataDir);
		EmbeddedPostgres second = EmbeddedPostgresServer.start(dataDir, true, false, Map.of());

		// then
		assertThat(query(second, "select v from kept")).isEqualTo("deposit acknowledged");
		assertThat(query(second, "select rolsuper::text from pg_roles where rolname = 'leads_app'")).isEqualTo("false");
		assertThat(query(second, "select rolbypassrls::text from pg_roles where rolname = 'leads_app'")).isEqualTo("false");
		EmbeddedPostgresServer.stop(dataDir);
	}

	@Test
	void appliesTheServerSettingsItIsGiven() throws Exception {
		EmbeddedPostgres server = EmbeddedPostgresServer.start(dataDir, true, false,
				Map.of("work_mem", "7MB", "track_functions", "all"));

		assertThat(query(server, "show work_mem")).isEqualTo("7MB");
		assertThat(query(server, "show track_functions")).isEqualTo("all");
		assertThat(query(server, "show fsync")).isEqualTo("on");
		EmbeddedPostgresServer.stop(dataDir);
	}

	@Test
	void stopsThePostmasterAKilledJvmLeftBehind() throws Exception {
		// given a JVM that started the server and was killed with SIGKILL: its postmaster keeps running
		Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), OrphanMaker.class.getName(), dataDir.toString())
			.redirectErrorStream(true)
			.start();
		try (var output = new java.io.BufferedReader(new java.io.InputStreamReader(jvm.getInputStream()))) {
			String line;
			while ((line = output.readLine()) != null && !line.equals(OrphanMaker.READY)) {
				// skip the child's log lines
			}
			assertThat(line).isEqualTo(OrphanMaker.READY);
		}
		jvm.destroyForcibly().waitFor();
		long orphanPid = Long.parseLong(Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).get(0).trim());
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

		// when the next start finds it
		EmbeddedPostgres restarted = EmbeddedPostgresServer.start(dataDir, true, false, Map.of());

		// then the orphan was stopped and the data is intact
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		assertThat(query(restarted, "select v::text from survived")).isEqualTo("42");
		EmbeddedPostgresServer.stop(dataDir);
	}

	/** The child JVM of the orphan test: starts the server, writes a row, says so, and waits to be killed. */
	public static final class OrphanMaker {

		static final String READY = "ORPHAN-READY";

		public static void main(String[] args) throws Exception {
			EmbeddedPostgres server = EmbeddedPostgresServer.start(Path.of(args[0]), true, false, Map.of());
			execute(server, "create table survived (v int); insert into survived values (42)");
			System.out.println(READY);
			System.out.flush();
			Thread.sleep(120_000);
		}

	}

	private static void execute(EmbeddedPostgres pg, String sql) throws SQLException {
		try (Connection connection = pg.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String query(EmbeddedPostgres pg, String sql) throws SQLException {
		try (Connection connection = pg.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
