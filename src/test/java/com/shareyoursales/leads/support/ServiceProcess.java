package com.shareyoursales.leads.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * The service as a separate operating-system process on a durable embedded PostgreSQL in a data directory that
 * outlives it (or on a given server's database: the benchmark's PG_SERVER): what crash, benchmark and multi-instance
 * proofs start, kill with SIGKILL and start again. Runs the built jar when given, else the main classes and
 * dependencies of the current classpath (never the test classes).
 */
public final class ServiceProcess implements AutoCloseable {

	public static final String ADMIN_EMAIL = "admin@proof.leads.ma";

	public static final String ADMIN_PASSWORD = "admin-password-proof-1";

	private static final String JWT_SECRET = "proof-secret-proof-secret-proof-secret-0123456789";

	private final Path dataDir;

	private final int port;

	private final Process process;

	/** The server the benchmark was given, or null: the service's embedded one, read from its data directory. */
	private final DatabaseServer given;

	private long postmasterPid = -1;

	private ServiceProcess(Path dataDir, int port, Process process, DatabaseServer given) {
		this.dataDir = dataDir;
		this.port = port;
		this.process = process;
		this.given = given;
	}

	/** Starts the service on {@code dataDir} (its embedded database) or on {@code jdbcUrl} when not null. */
	public static ServiceProcess start(Path dataDir, String jdbcUrl, String... extraArgs) {
		return start(dataDir, jdbcUrl, null, Map.of(), extraArgs);
	}

	/**
	 * Starts the service on a given server's database, connected as that database's owner (the service's role). The
	 * password goes in the process's environment, which other users cannot read, not on its command line.
	 */
	public static ServiceProcess startOn(Path dataDir, DatabaseServer server, String... extraArgs) {
		List<String> arguments = new ArrayList<>(List.of("--spring.datasource.username=" + server.appRole()));
		arguments.addAll(Arrays.asList(extraArgs));
		return start(dataDir, server.jdbcUrl(server.database()), server,
				Map.of("SPRING_DATASOURCE_PASSWORD", server.appPassword()), arguments.toArray(String[]::new));
	}

	private static ServiceProcess start(Path dataDir, String jdbcUrl, DatabaseServer given,
			Map<String, String> environment, String... extraArgs) {
		try {
			Files.createDirectories(dataDir);
			int port = freePort();
			List<String> command = new ArrayList<>(List.of(javaBin(), "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
			// tests want a fast start; the benchmark wants the full JIT
			command.addAll(Boolean.getBoolean("leads.bench") ? List.of("-Xmx1g")
					: List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
			// e.g. -Dleads.jvmArgs=-XX:StartFlightRecording=filename=/tmp/service.jfr to profile a benchmark run
			String jvmArgs = System.getProperty("leads.jvmArgs", "");
			if (!jvmArgs.isBlank()) {
				command.addAll(Arrays.asList(jvmArgs.trim().split("\\s+")));
			}
			Path jar = Path.of(System.getProperty("leads.jar", "target/leads-1.0.0-SNAPSHOT.jar"));
			if (Boolean.getBoolean("leads.useJar") && Files.exists(jar)) {
				command.addAll(List.of("-jar", jar.toString()));
			}
			else {
				command.addAll(List.of("-cp", mainClasspath(), "com.shareyoursales.leads.LeadsApplication"));
			}
			command.addAll(List.of("--server.port=" + port, "--leads.data-dir=" + dataDir.toAbsolutePath(),
					"--leads.database.durable=true", "--leads.database.ephemeral=false",
					"--leads.admin.email=" + ADMIN_EMAIL, "--leads.admin.password=" + ADMIN_PASSWORD,
					"--leads.jwt.secret=" + JWT_SECRET, "--leads.login.attempts-per-address=1000000",
					"--logging.level.root=WARN", "--logging.level.com.shareyoursales=INFO"));
			if (jdbcUrl != null) {
				command.add("--spring.datasource.url=" + jdbcUrl);
			}
			command.addAll(Arrays.asList(extraArgs));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("service.log").toFile()));
			// its database is the one on its command line, not the one this JVM's tests may be pointed at
			builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE_"));
			builder.environment().putAll(environment);
			slowFlush(builder);
			Process process = builder.start();
			ServiceProcess service = new ServiceProcess(dataDir, port, process, given);
			service.awaitReady(Duration.ofMinutes(3));
			return service;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The benchmark's slower disk (bench/run.sh with FLUSH_DELAY_US): bench/slow-flush's library, preloaded into the
	 * service and so into the embedded PostgreSQL it starts, delays every fsync and fdatasync.
	 */
	private static void slowFlush(ProcessBuilder builder) {
		String library = System.getProperty("bench.slowFlushLibrary");
		long micros = Long.getLong("bench.flushDelayMicros", 0);
		if (library != null && micros > 0) {
			builder.environment().put("LD_PRELOAD", Path.of(library).toAbsolutePath().toString());
			builder.environment().put("SLOW_FLUSH_MICROS", Long.toString(micros));
		}
	}

	public String baseUrl() {
		return "http://localhost:" + port;
	}

	public ApiClient api() {
		return new ApiClient(baseUrl());
	}

	public long pid() {
		return process.pid();
	}

	/** SIGKILL: no shutdown hook, no graceful stop; the embedded postmaster is left orphaned on the data directory. */
	public void kill() {
		process.destroyForcibly();
		waitFor();
	}

	/** SIGTERM: graceful shutdown, which also stops the embedded PostgreSQL. */
	@Override
	public void close() {
		process.destroy();
		waitFor();
	}

	/** The embedded postmaster's pid and port, from its postmaster.pid (first and fourth lines). */
	public static long[] postmaster(Path dataDir) {
		try {
			List<String> lines = Files.readAllLines(dataDir.resolve("pg").resolve("postmaster.pid"));
			return new long[] { Long.parseLong(lines.get(0).trim()), Long.parseLong(lines.get(3).trim()) };
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The PostgreSQL server of the service's database: the one it was given, or its embedded one. */
	public DatabaseServer database() {
		return given != null ? given : DatabaseServer.embedded(dataDir);
	}

	/** A superuser connection to the service's database (embedded servers trust local connections). */
	public Connection superuser() throws SQLException {
		return database().superuser();
	}

	/** The database server's postmaster on this machine, 0 when the server runs elsewhere (DatabaseServer). */
	public synchronized long postmasterPid() {
		if (postmasterPid < 0) {
			postmasterPid = given != null ? given.postmasterPid() : postmaster(dataDir)[0];
		}
		return postmasterPid;
	}

	public Path dataDir() {
		return dataDir;
	}

	private void awaitReady(Duration timeout) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The service exited with " + process.exitValue() + "; see "
						+ dataDir.resolve("service.log"));
			}
			try {
				HttpResponse<Void> response = http.send(
						HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(250);
		}
		process.destroyForcibly();
		throw new IllegalStateException("The service did not become ready; see " + dataDir.resolve("service.log"));
	}

	private void waitFor() {
		try {
			process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String javaBin() {
		return Path.of(javaHome(), "bin", "java").toString();
	}

	/**
	 * The Java installation the service runs on: this JVM's unless {@code leads.javaHome} names another (bench/run.sh's
	 * SERVICE_JAVA_HOME), so that the benchmark can measure the service on a newer Java with the load driver unchanged.
	 */
	public static String javaHome() {
		return System.getProperty("leads.javaHome", System.getProperty("java.home"));
	}

	/** The current classpath without test classes; surefire's manifest-only jar is expanded. */
	static String mainClasspath() throws IOException {
		List<String> entries = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			if (entry.contains("surefirebooter") && entry.endsWith(".jar")) {
				try (JarFile jar = new JarFile(entry)) {
					for (String url : jar.getManifest().getMainAttributes().getValue("Class-Path").split(" ")) {
						entries.add(Path.of(URI.create(url)).toString());
					}
				}
			}
			else {
				entries.add(entry);
			}
		}
		return entries.stream()
			.filter(entry -> !entry.contains("test-classes") && !entry.contains("surefire"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
