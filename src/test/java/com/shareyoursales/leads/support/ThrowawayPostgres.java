package com.shareyoursales.leads.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL of its own for tests that do not need the Spring context (property tests): the project's
 * migrations applied by a NOSUPERUSER role that owns the database, exactly as the service runs, so row-level
 * security and every constraint apply.
 */
public final class ThrowawayPostgres implements AutoCloseable {

	private static final String ROLE = "leads_app";

	private final EmbeddedPostgres server;

	private final PGSimpleDataSource application;

	private ThrowawayPostgres(EmbeddedPostgres server) {
		this.server = server;
		this.application = new PGSimpleDataSource();
		application.setURL(server.getJdbcUrl(ROLE, "leads"));
		application.setUser(ROLE);
		application.setPassword(ROLE);
	}

	public static ThrowawayPostgres migrated() {
		try {
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off")
				.setLocaleConfig("locale", "C.UTF-8")
				.setLocaleConfig("encoding", "UTF8")
				.start();
			try (Connection connection = server.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create role " + ROLE + " login password '" + ROLE
						+ "' nosuperuser nobypassrls nocreaterole nocreatedb");
				statement.execute("create database leads owner " + ROLE);
			}
			ThrowawayPostgres postgres = new ThrowawayPostgres(server);
			Flyway.configure().dataSource(postgres.application).locations("classpath:db/migration").load().migrate();
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Connections of the application's role, acting as SYSTEM (sees every row, as scheduled jobs do). */
	public DataSource dataSource() {
		return application;
	}

	public Connection systemConnection() throws SQLException {
		Connection connection = application.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("select set_config('app.role', 'SYSTEM', false)");
		}
		return connection;
	}

	@Override
	public void close() throws IOException {
		server.close();
	}

}
