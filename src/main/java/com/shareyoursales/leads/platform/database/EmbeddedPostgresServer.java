package com.shareyoursales.leads.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;

/**
 * The PostgreSQL server the service starts itself when no database URL is configured. One per JVM and data
 * directory, so that test contexts share it and the server outlives context restarts; stopped after the last
 * application context closed (not by its own shutdown hook, which raced with the event registry).
 */
final class EmbeddedPostgresServer {

	static final String APP_ROLE = "leads_app";

	static final String APP_PASSWORD = "leads_app";

	static final String APP_DATABASE = "leads";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final String EPHEMERAL = "<ephemeral>";

	/** Servers by data directory: one per directory and JVM, shared by every application context using it. */
	private static final Map<String, EmbeddedPostgres> servers = new HashMap<>();

	private EmbeddedPostgresServer() {
	}

	/** @param settings more server settings by name, applied after the service's own (they may override them) */
	static synchronized EmbeddedPostgres start(Path dataDirectory, boolean durable, boolean ephemeral,
			Map<String, String> settings) {
		String key = ephemeral ? EPHEMERAL : dataDirectory.resolve("pg").toAbsolutePath().normalize().toString();
		EmbeddedPostgres running = servers.get(key);
		if (running != null) {
			return running;
		}
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("fsync", durable ? "on" : "off")
				.setServerConfig("synchronous_commit", durable ? "on" : "off")
				.setServerConfig("full_page_writes", durable ? "on" : "off")
				.setServerConfig("max_connections", "200")
				.setServerConfig("shared_buffers", "256MB")
				.setLocaleConfig("locale", "C.UTF-8")
				.setLocaleConfig("encoding", "UTF8");
			settings.forEach(builder::setServerConfig);
			if (!ephemeral) {
				Path pgData = dataDirectory.resolve("pg").toAbsolutePath();
				Files.createDirectories(pgData.getParent());
				stopOrphanedServer(pgData);
				builder.setDataDirectory(pgData).setCleanDataDirectory(false);
			}
			EmbeddedPostgres server = builder.start();
			createApplicationRoleAndDatabase(server);
			servers.put(key, server);
			// Spring runs its shutdown handlers after every application context has closed.
			SpringApplication.getShutdownHandlers().add(EmbeddedPostgresServer::stopAll);
			log.info("Embedded PostgreSQL on port {} ({}, {})", server.getPort(),
					ephemeral ? "temporary data" : "data in " + key, durable ? "durable" : "fsync off");
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	static synchronized void stopAll() {
		servers.values().forEach(EmbeddedPostgresServer::close);
		servers.clear();
	}

	/** Stops the server of one data directory (a restart in tests). */
	static synchronized void stop(Path dataDirectory) {
		EmbeddedPostgres server = servers.remove(dataDirectory.resolve("pg").toAbsolutePath().normalize().toString());
		if (server != null) {
			close(server);
		}
	}

	/** Forgets a server without stopping it, as a killed JVM would (tests of the orphan recovery). */
	static synchronized EmbeddedPostgres abandon(Path dataDirectory) {
		return servers.remove(dataDirectory.resolve("pg").toAbsolutePath().normalize().toString());
	}

	private static void close(EmbeddedPostgres server) {
		try {
			server.close();
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly", ex);
		}
	}

	/**
	 * After a kill -9 of the JVM the postmaster it started keeps running on the data directory. Stop it (it has no
	 * clients left) so that this start can use the directory; PostgreSQL itself recovers from its WAL.
	 */
	static void stopOrphanedServer(Path pgData) throws IOException {
		Path pidFile = pgData.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> orphan = lines.isEmpty() ? Optional.empty()
				: ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
		if (orphan.isEmpty() || !orphan.get().isAlive()) {
			return;
		}
		log.warn("Stopping orphaned PostgreSQL (pid {}) left on {} by a previous run", orphan.get().pid(), pgData);
		orphan.get().destroy();
		try {
			orphan.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			orphan.get().destroyForcibly();
		}
	}

	/**
	 * Row-level security does nothing for a superuser, so the service connects as a role that owns its database
	 * but can neither bypass RLS nor act as superuser.
	 */
	private static void createApplicationRoleAndDatabase(EmbeddedPostgres pg) {
		try (Connection connection = pg.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			if (!exists(statement, "select 1 from pg_roles where rolname = '" + APP_ROLE + "'")) {
				statement.execute("create role " + APP_ROLE + " login password '" + APP_PASSWORD
						+ "' nosuperuser nobypassrls nocreaterole nocreatedb");
			}
			if (!exists(statement, "select 1 from pg_database where datname = '" + APP_DATABASE + "'")) {
				statement.execute("create database " + APP_DATABASE + " owner " + APP_ROLE);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the application's database", ex);
		}
	}

	private static boolean exists(Statement statement, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery(sql)) {
			return rs.next();
		}
	}

}
