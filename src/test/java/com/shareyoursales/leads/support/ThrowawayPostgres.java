package com.shareyoursales.leads.support;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL of its own for tests that do not need the Spring context (property tests): the project's
 * migrations applied by a NOSUPERUSER role that owns the database, exactly as the service runs, so row-level
 * security and every constraint apply. On an embedded server of its own, or in a database of its own on another
 * server ({@link #migratedOn}: another PostgreSQL version).
 */
public final class ThrowawayPostgres implements AutoCloseable {

	private static final String ROLE = "leads_app";

	private final PGSimpleDataSource application;

	/** Stops the embedded server, or drops the role and database made on the given one. */
	private final Closeable release;

	private ThrowawayPostgres(String jdbcUrl, String role, Closeable release) {
		this.application = new PGSimpleDataSource();
		application.setURL(jdbcUrl);
		application.setUser(role);
		application.setPassword(role);
		this.release = release;
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
				createOwner(statement, ROLE, "leads");
			}
			return migrate(new ThrowawayPostgres(server.getJdbcUrl(ROLE, "leads"), ROLE, server));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The migrations in a database of its own on a given server (its role and database named {@code leads_test_…},
	 * dropped on close), e.g. an older PostgreSQL than the embedded one, whose planner may choose otherwise.
	 */
	public static ThrowawayPostgres migratedOn(DatabaseServer server) {
		String name = "leads_test_" + UUID.randomUUID().toString().substring(0, 8);
		try (Connection connection = server.superuser("postgres"); Statement statement = connection.createStatement()) {
			createOwner(statement, name, name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return migrate(new ThrowawayPostgres(server.jdbcUrl(name), name, () -> {
			try (Connection connection = server.superuser("postgres");
					Statement statement = connection.createStatement()) {
				statement.execute("drop database " + name + " with (force)");
				statement.execute("drop role " + name);
			}
			catch (SQLException ex) {
				throw new IOException(ex);
			}
		}));
	}

	/** A role as the service's: it owns its database, and row security applies to it. */
	private static void createOwner(Statement statement, String role, String database) throws SQLException {
		statement.execute("create role " + role + " login password '" + role
				+ "' nosuperuser nobypassrls nocreaterole nocreatedb");
		statement.execute("create database " + database + " owner " + role);
	}

	private static ThrowawayPostgres migrate(ThrowawayPostgres postgres) {
		Flyway.configure().dataSource(postgres.application).locations("classpath:db/migration").load().migrate();
		return postgres;
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
		release.close();
	}

}
