package com.shareyoursales.leads.bench;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

import com.shareyoursales.leads.support.DatabaseServer;

/**
 * The benchmark on a server it is given rather than on the service's embedded one (bench/run.sh's
 * {@code PG_SERVER=postgresql://user:password@host:port}, the user a superuser): a managed PostgreSQL, or one on the
 * disk and cores the targets are meant for. Everything the run creates there is named {@code leads_bench*}: the
 * service's role and database (the role neither superuser nor BYPASSRLS, owning the database, as docs/OPERATIONS.md
 * asks of production) and pgbench's two databases. A run first drops what an earlier failed run left under those
 * names, and drops it all at its end unless KEEP_DATA=true.
 */
final class GivenServer {

	static final String NAME = "leads_bench";

	/** The server's maintenance database, where roles and databases are created and dropped. */
	private static final String MAINTENANCE = "postgres";

	private GivenServer() {
	}

	/** Creates the service's role and database afresh and returns the server with them. */
	static DatabaseServer prepare(DatabaseServer server) throws SQLException {
		String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
		try (Connection connection = server.superuser(MAINTENANCE); Statement statement = connection.createStatement()) {
			drop(statement);
			statement.execute("create role " + NAME + " login password '" + password
					+ "' nosuperuser nobypassrls nocreatedb nocreaterole");
			statement.execute("create database " + NAME + " owner " + NAME);
		}
		return server.withService(NAME, NAME, password);
	}

	/** pgbench's database for a scale, e.g. {@code leads_bench_pgbench_s10}. */
	static String pgbenchDatabase(String name) {
		return NAME + "_" + name;
	}

	/** Drops the run's databases (connections still open to them are ended) and the service's role. */
	static void drop(DatabaseServer server) throws SQLException {
		try (Connection connection = server.superuser(MAINTENANCE); Statement statement = connection.createStatement()) {
			drop(statement);
		}
	}

	private static void drop(Statement statement) throws SQLException {
		for (String database : List.of(NAME, pgbenchDatabase("pgbench_s1"), pgbenchDatabase("pgbench_s10"))) {
			statement.execute("drop database if exists " + database + " with (force)");
		}
		statement.execute("drop role if exists " + NAME);
	}

}
