package com.shareyoursales.leads.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL server a proof's service keeps its database on, as that server's superuser reaches it: the service's
 * own embedded server, or a server the benchmark is given (bench/run.sh's PG_SERVER). The service itself connects as
 * {@code appRole}, a role that is neither superuser nor BYPASSRLS and owns {@code database}, as in production.
 */
public record DatabaseServer(String host, int port, String superuserRole, String superuserPassword, String database,
		String appRole, String appPassword) {

	/** The embedded server's port is in its postmaster.pid; its roles and database are EmbeddedPostgresServer's. */
	public static DatabaseServer embedded(Path dataDir) {
		return new DatabaseServer("localhost", (int) ServiceProcess.postmaster(dataDir)[1], "postgres", "", "leads",
				"leads_app", "leads_app");
	}

	/**
	 * A server named as {@code postgresql://user[:password]@host[:port]} (a libpq URI without a database: the
	 * benchmark creates its own), its user a superuser. The service's role and database still have to be named.
	 */
	public static DatabaseServer given(String uri) {
		URI parsed = URI.create(uri);
		if (!"postgresql".equals(parsed.getScheme()) && !"postgres".equals(parsed.getScheme())) {
			throw new IllegalArgumentException("not a postgresql:// URI: " + uri);
		}
		if (parsed.getHost() == null) {
			throw new IllegalArgumentException("no host in " + uri);
		}
		String user = "postgres";
		String password = "";
		if (parsed.getRawUserInfo() != null) {
			String[] parts = parsed.getRawUserInfo().split(":", 2);
			user = decode(parts[0]);
			password = parts.length > 1 ? decode(parts[1]) : "";
		}
		// an IPv6 address comes in brackets; jdbcUrl puts them back, psql and pgbench want it bare
		String host = parsed.getHost().replaceAll("^\\[(.*)]$", "$1");
		return new DatabaseServer(host, parsed.getPort() < 0 ? 5432 : parsed.getPort(), user, password, null, null,
				null);
	}

	/** The same server with the service's database and role. */
	public DatabaseServer withService(String database, String appRole, String appPassword) {
		return new DatabaseServer(host, port, superuserRole, superuserPassword, database, appRole, appPassword);
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
	}

	/** A superuser connection to the service's database. */
	public Connection superuser() throws SQLException {
		return superuser(database);
	}

	public Connection superuser(String database) throws SQLException {
		return DriverManager.getConnection(jdbcUrl(database), superuserRole, superuserPassword);
	}

	/** {@code program -h host -p port -U superuser}: psql or pgbench as the superuser (its password in {@link #clientEnvironment()}). */
	public List<String> superuserClient(String program) {
		return List.of(program, "-h", host, "-p", String.valueOf(port), "-U", superuserRole);
	}

	/** The superuser's password for psql and pgbench, given in the environment rather than on a command line. */
	public Map<String, String> clientEnvironment() {
		return Map.of("PGPASSWORD", superuserPassword);
	}

	/**
	 * The server's postmaster when it runs on this machine (its backends are its children, so a backend's parent),
	 * else 0: then PostgreSQL's CPU cannot be read from /proc, and the benchmark says so instead of counting it.
	 */
	public long postmasterPid() {
		try (Connection connection = superuser(); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select pg_backend_pid()")) {
			rs.next();
			Path status = Path.of("/proc", String.valueOf(rs.getLong(1)), "status");
			if (!Files.exists(status)) {
				return 0; // on another machine, or in a container with its own process ids
			}
			long parent = Files.readAllLines(status)
				.stream()
				.filter(line -> line.startsWith("PPid:"))
				.mapToLong(line -> Long.parseLong(line.substring(5).trim()))
				.findFirst()
				.orElse(0);
			Path command = Path.of("/proc", String.valueOf(parent), "cmdline");
			// a process of this machine that happens to have the remote backend's id is not a postgres' child
			return parent > 0 && Files.exists(command) && Files.readString(command).contains("postgres") ? parent : 0;
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("cannot read the postmaster of " + host + ":" + port, ex);
		}
	}

	/** One line on the server: its version and the settings that make a benchmark on it durable (or not). */
	public String describe() throws SQLException {
		try (Connection connection = superuser(); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("""
						select current_setting('server_version'), current_setting('fsync'),
						       current_setting('synchronous_commit'), current_setting('full_page_writes'),
						       current_setting('shared_buffers'), current_setting('max_connections')""")) {
			rs.next();
			return String.format("PostgreSQL %s at %s:%d, fsync=%s synchronous_commit=%s full_page_writes=%s"
					+ " shared_buffers=%s max_connections=%s", rs.getString(1), host, port, rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
		}
	}

	/** Whether a commit on this server waits for its flush to disk: what "durable" means for the benchmark. */
	public boolean durable() throws SQLException {
		try (Connection connection = superuser(); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"select current_setting('fsync') = 'on' and current_setting('synchronous_commit') <> 'off'")) {
			rs.next();
			return rs.getBoolean(1);
		}
	}

	private static String decode(String part) {
		return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "DatabaseServer[" + host + ":" + port + ", superuser " + superuserRole + ", database " + database + "]";
	}

}
