package com.shareyoursales.leads.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.shareyoursales.leads.support.DatabaseServer;
import com.shareyoursales.leads.support.LoadDriver;
import com.shareyoursales.leads.support.Population;
import com.shareyoursales.leads.support.Population.Merchant;
import com.shareyoursales.leads.support.ServiceProcess;

/**
 * The service against PostgreSQL's own limit on the same server. Starts the built service on a durable embedded
 * PostgreSQL (fsync and synchronous_commit on), creates 200 merchants with funded deposits, campaigns and
 * influencers with signed agreements through the API, then alternates, for several rounds, pgbench's TPC-B
 * (8 clients; scale 1 for the hot case, scale 10 for the spread case, in a separate database of the same server)
 * with the service's scenarios: "hot" (every lead on one deposit) and "spread" (leads over 200 deposits), each
 * 70 % submissions and 30 % decisions from 8 keep-alive clients with real JWTs. Prints ops/s and latency
 * percentiles per operation, medians, and the ratios service ops/s ÷ pgbench tps. Run with bench/run.sh.
 *
 * System properties: bench.seconds (20), bench.rounds (3), bench.clients (8), bench.merchants (200),
 * bench.warmup (5 s at least: the warm-up goes on until the service's JIT has settled, bench.warmupMax 300 s at
 * most), bench.pgbench (pgbench), bench.pool (2 × cores: the service's connection pool, sized by the
 * rule of docs/OPERATIONS.md for a database on this machine's cores), bench.statements (false: true loads
 * pg_stat_statements into the embedded server and prints, at the end, the service's statements (with how often each
 * was planned) and functions that took the most time during the rounds and the rows written per table — how runs 6
 * and 27's findings were made), bench.idempotencyKeys (false: true sends
 * an Idempotency-Key with each submission, as the web app does), bench.driver (lean: the clients write HTTP/1.1 on
 * plain keep-alive sockets, so that the driver takes little of the cores the service and PostgreSQL share with it;
 * jdk: java.net.http, as runs 1–7 did), bench.server (none: a {@code postgresql://superuser:password@host:port} to
 * run on instead of the embedded server, GivenServer).
 */
public final class LedgerBenchmark {

	private static final int SECONDS = Integer.getInteger("bench.seconds", 20);

	private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

	private static final int CLIENTS = Integer.getInteger("bench.clients", 8);

	private static final int MERCHANTS = Integer.getInteger("bench.merchants", 200);

	/**
	 * Seconds of load at least before the rounds; the warm-up goes on, in steps, until the service's JIT has settled
	 * (run 24: after 20 s of it the C2 compiler's thread still took 0.3–0.45 of a core in round 1's scenarios).
	 */
	private static final int WARM_UP = Integer.getInteger("bench.warmup", 5);

	/** The warm-up's end whether or not the JIT has settled: it settled in 100–175 s here (run 24). */
	private static final int WARM_UP_MAX = Integer.getInteger("bench.warmupMax", 300);

	private static final int WARM_UP_STEP = 10;

	/**
	 * The JIT has settled when its compilers were busy less than this share of the time during a warm-up cycle (30 ms
	 * per second; the time is summed over the compiler threads, C1's and C2's).
	 */
	private static final double JIT_SETTLED = 0.03;

	/** The service's compilers' accumulated time (Micrometer's JvmCompilationMetrics). */
	private static final String COMPILATION = "jvm_compilation_time_ms_total";

	private static final String PGBENCH = System.getProperty("bench.pgbench", "pgbench");

	/** The service's pool: ≈ 2 × the database's cores (docs/OPERATIONS.md), not the general default of 20. */
	private static final int POOL = Integer.getInteger("bench.pool", 2 * Runtime.getRuntime().availableProcessors());

	private static final boolean STATEMENTS = Boolean.getBoolean("bench.statements");

	/** A slower disk's flush, in microseconds added to each (bench/slow-flush; FLUSH_DELAY_US in bench/run.sh). */
	private static final long FLUSH_DELAY_MICROS = Long.getLong("bench.flushDelayMicros", 0);

	/** Reads the service's Prometheus endpoint between scenarios. */
	private static final HttpClient METRICS_CLIENT = HttpClient.newHttpClient();

	/** Keep the run's data directory (database and service log) instead of removing it at the end. */
	private static final boolean KEEP_DATA = Boolean.getBoolean("bench.keepData");

	/** "lean" (default): the clients write HTTP/1.1 on plain sockets (LeanApiClient); "jdk": java.net.http, as runs 1–7. */
	private static final boolean LEAN_DRIVER = !"jdk".equals(System.getProperty("bench.driver", "lean"));

	/** Submissions with an Idempotency-Key each, as the web app sends them (the API lets a client omit it). */
	private static final boolean IDEMPOTENCY_KEYS = Boolean.getBoolean("bench.idempotencyKeys");

	/** After the rounds, what a submission costs PostgreSQL alone and in a batch of eight (RoundTripProbe); bench.probe=false to skip it. */
	private static final boolean PROBE = !"false".equals(System.getProperty("bench.probe"));

	/** Whether to analyze the service's database after the warm-up (see analyze). */
	private static final boolean ANALYZE = !"false".equals(System.getProperty("bench.analyze"));

	/**
	 * SQL files, comma-separated, run in order as superuser on the service's database after the warm-up, before the
	 * analyze (WHAT_IF in bench/run.sh): a what-if measurement of a schema the service does not ship, e.g.
	 * bench/what-if/*.sql.
	 */
	private static final String WHAT_IF = System.getProperty("bench.whatIf");

	/**
	 * A server to run on instead of the service's embedded one (GivenServer): the environment's PG_SERVER, read here
	 * rather than passed on a command line, where its password would show in the process list.
	 */
	private static final String SERVER = System.getProperty("bench.server", System.getenv("PG_SERVER"));

	/** Per scenario, per round: the service's and PostgreSQL's CPU milliseconds per operation. */
	private static final Map<String, List<double[]>> CPU_PER_OPERATION = new TreeMap<>();

	/** PostgreSQL's CPU ms per TPC-B transaction, per pgbench database, one value per round. */
	private static final Map<String, List<Double>> PGBENCH_DATABASE_CPU = new TreeMap<>();

	/** A round whose load driver needed this many times its least CPU per operation ran on a slowed machine. */
	private static final double DISTURBED = 1.5;

	private LedgerBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("leads.bench", "true");
		Path data = Files.createTempDirectory("leads-bench");
		System.out.printf("machine: %d cores, load %s, data in %s, service pool %d connections, service on Java %s, %s load driver%s%n",
				Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).trim(), data, POOL,
				serviceJavaVersion(), LEAN_DRIVER ? "lean" : "java.net.http",
				IDEMPOTENCY_KEYS ? ", submissions with an Idempotency-Key" : "");
		if (FLUSH_DELAY_MICROS > 0) {
			System.out.printf("disk: every fsync and fdatasync of the service's PostgreSQL delayed by %d µs (bench/slow-flush)%n",
					FLUSH_DELAY_MICROS);
		}
		DatabaseServer given = SERVER == null ? null : GivenServer.prepare(usable(DatabaseServer.given(SERVER)));
		try (ServiceProcess service = given == null ? ServiceProcess.start(data, null, embeddedArguments())
				: ServiceProcess.startOn(data, given, "--spring.datasource.hikari.maximum-pool-size=" + POOL)) {
			DatabaseServer server = service.database();
			System.out.printf("database: %s%s%n", server.describe(), service.postmasterPid() == 0
					? "; not on this machine: PostgreSQL's CPU is not counted (NaN below) and the probe is skipped" : "");
			if (!server.durable()) {
				System.out.println("database: NOT DURABLE (fsync or synchronous_commit off): the issue's benchmark wants both on");
			}
			long started = System.nanoTime();
			Population population = Population.create(service, MERCHANTS, Math.max(1, MERCHANTS / 10), "5000000.00");
			System.out.printf("population: %d merchants in %d s%n", MERCHANTS, (System.nanoTime() - started) / 1_000_000_000L);
			String pgbenchS1 = given == null ? "pgbench_s1" : GivenServer.pgbenchDatabase("pgbench_s1");
			String pgbenchS10 = given == null ? "pgbench_s10" : GivenServer.pgbenchDatabase("pgbench_s10");
			pgbenchInit(server, pgbenchS1, 1);
			pgbenchInit(server, pgbenchS10, 10);
			List<Merchant> hot = List.of(population.merchants().get(0));
			List<Merchant> spread = population.merchants();
			warmUp(service, hot, spread);
			if (WHAT_IF != null) {
				for (String file : WHAT_IF.split(",")) {
					whatIf(service, Path.of(file.trim()));
				}
			}
			if (ANALYZE) {
				analyze(service);
			}
			long[] leadScansBefore = sequentialScans(service, "leads");
			if (STATEMENTS) {
				StatementProfile.reset(service);
			}
			Map<String, List<Double>> throughput = new TreeMap<>();
			Map<String, List<Long>> latencies = new TreeMap<>();
			for (int round = 1; round <= ROUNDS; round++) {
				double tps1 = pgbench(service, pgbenchS1, "pgbench_s1");
				double hotOps = run(service, hot, SECONDS, latencies, "hot");
				double tps10 = pgbench(service, pgbenchS10, "pgbench_s10");
				double spreadOps = run(service, spread, SECONDS, latencies, "spread");
				double floorOps = run(service, driver(service, spread).readsOnly(), SECONDS, latencies, "floor");
				System.out.printf("round %d: pgbench s1 %.0f tps | hot %.0f ops/s | pgbench s10 %.0f tps | spread %.0f ops/s"
						+ " | floor %.0f reads/s%n", round, tps1, hotOps, tps10, spreadOps, floorOps);
				throughput.computeIfAbsent("floor", k -> new ArrayList<>()).add(floorOps);
				throughput.computeIfAbsent("pgbench_s1", k -> new ArrayList<>()).add(tps1);
				throughput.computeIfAbsent("hot", k -> new ArrayList<>()).add(hotOps);
				throughput.computeIfAbsent("pgbench_s10", k -> new ArrayList<>()).add(tps10);
				throughput.computeIfAbsent("spread", k -> new ArrayList<>()).add(spreadOps);
			}
			report(throughput, latencies);
			long[] leadScansAfter = sequentialScans(service, "leads");
			System.out.printf("leads read by sequential scans during the rounds: %d scans, %d rows%n",
					leadScansAfter[0] - leadScansBefore[0], leadScansAfter[1] - leadScansBefore[1]);
			if (PROBE && service.postmasterPid() != 0) {
				new RoundTripProbe(service, population.merchants().get(1)).run(ROUNDS, Math.min(SECONDS, 10));
			}
			if (STATEMENTS) {
				StatementProfile.print(service);
			}
		}
		// a run that failed keeps its data: the service's log says why
		removeData(data);
		if (given != null && !KEEP_DATA) {
			GivenServer.drop(given);
		}
	}

	/** The embedded server's pool and, to profile statements, its extensions. */
	private static String[] embeddedArguments() {
		List<String> arguments = new ArrayList<>(List.of("--leads.database.pool-size=" + POOL));
		if (STATEMENTS) {
			arguments.addAll(List.of("--leads.database.server-settings[shared_preload_libraries]=pg_stat_statements",
					"--leads.database.server-settings[pg_stat_statements.track]=all",
					"--leads.database.server-settings[pg_stat_statements.track_planning]=on",
					"--leads.database.server-settings[track_functions]=all"));
		}
		return arguments.toArray(String[]::new);
	}

	/**
	 * A given server: what the benchmark cannot do to it is refused before anything is created there. Its disk's
	 * flush cannot be slowed from here, and the statements' profile needs pg_stat_statements preloaded by its
	 * operator.
	 */
	private static DatabaseServer usable(DatabaseServer server) throws SQLException {
		if (FLUSH_DELAY_MICROS > 0) {
			throw new IllegalArgumentException("FLUSH_DELAY_US slows the embedded server's disk only, not a given one");
		}
		if (STATEMENTS) {
			try (Connection connection = server.superuser("postgres"); Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery(
							"select current_setting('shared_preload_libraries') like '%pg_stat_statements%'")) {
				rs.next();
				if (!rs.getBoolean(1)) {
					throw new IllegalArgumentException("STATEMENTS=true needs pg_stat_statements in the given server's"
							+ " shared_preload_libraries");
				}
			}
		}
		return server;
	}

	/** The service's Java, from its installation's release file (JAVA_RUNTIME_VERSION="25.0.3+9-LTS"). */
	private static String serviceJavaVersion() throws IOException {
		Path release = Path.of(ServiceProcess.javaHome(), "release");
		if (!Files.exists(release)) {
			return System.getProperty("java.version") + " (this JVM)";
		}
		Matcher version = Pattern.compile("JAVA_RUNTIME_VERSION=\"([^\"]+)\"").matcher(Files.readString(release));
		return version.find() ? version.group(1) : "(unknown: " + release + ")";
	}

	/**
	 * A run leaves ~1.5 GB of database behind: removed once the service (and its embedded PostgreSQL) has stopped,
	 * unless KEEP_DATA=true asks to keep it for a look after the run.
	 */
	private static void removeData(Path data) throws IOException, InterruptedException {
		if (KEEP_DATA) {
			System.out.printf("data kept in %s%n", data);
			return;
		}
		Path postmaster = data.resolve("pg").resolve("postmaster.pid");
		for (int i = 0; i < 300 && Files.exists(postmaster); i++) {
			Thread.sleep(100);
		}
		try (Stream<Path> paths = Files.walk(data)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	private static double run(ServiceProcess service, List<Merchant> merchants, int seconds,
			Map<String, List<Long>> latencies, String scenario) throws InterruptedException {
		return run(service, driver(service, merchants), seconds, latencies, scenario);
	}

	/** The clients of one scenario, with the options this benchmark was started with. */
	private static LoadDriver driver(ServiceProcess service, List<Merchant> merchants) {
		LoadDriver driver = new LoadDriver(service.baseUrl(), merchants);
		if (LEAN_DRIVER) {
			driver.lean();
		}
		return IDEMPOTENCY_KEYS ? driver.withIdempotencyKeys() : driver;
	}

	private static double run(ServiceProcess service, LoadDriver driver, int seconds,
			Map<String, List<Long>> latencies, String scenario) throws InterruptedException {
		long[] before = databaseCounters(service);
		long[] cpuBefore = cpuMillis(service);
		Map<String, ServiceThreads.ThreadTime> threadsBefore = ServiceThreads.cpuMillis(service.pid());
		Map<String, Double> metersBefore = serviceMeters(service);
		long start = System.nanoTime();
		driver.run(CLIENTS, Duration.ofSeconds(seconds), new AtomicBoolean());
		double elapsed = (System.nanoTime() - start) / 1e9;
		Thread.sleep(1500); // after-commit listeners finish and backends report their statistics
		long[] after = databaseCounters(service);
		long[] cpuAfter = cpuMillis(service);
		Map<String, ServiceThreads.ThreadTime> threadsAfter = ServiceThreads.cpuMillis(service.pid());
		Map<String, Double> metersAfter = serviceMeters(service);
		long ok = driver.outcomes().entrySet().stream()
			.filter(e -> e.getKey().endsWith(" 200") || e.getKey().endsWith(" 201"))
			.mapToLong(e -> e.getValue().get())
			.sum();
		long refused = driver.outcomes().entrySet().stream()
			.filter(e -> !(e.getKey().endsWith(" 200") || e.getKey().endsWith(" 201")))
			.mapToLong(e -> e.getValue().get())
			.sum();
		if (refused > 0) {
			System.out.printf("  %s: %d requests not 2xx: %s%n", scenario, refused, driver.outcomes());
		}
		if (latencies != null && ok + refused > 0) {
			double ops = ok + refused;
			double serviceCpu = (cpuAfter[0] - cpuBefore[0]) / ops;
			double databaseCpu = cpuAfter[1] < 0 ? Double.NaN : (cpuAfter[1] - cpuBefore[1]) / ops;
			double driverCpu = (cpuAfter[2] - cpuBefore[2]) / ops;
			System.out.printf("  %s: per operation %.2f commits, %.2f WAL flushes, %.1f rows written, %.1f kB of WAL"
					+ " (%.2f full pages), CPU ms: service %.2f PostgreSQL %.2f load driver %.2f; the service's JIT"
					+ " compiled %.0f ms per second%n", scenario, (after[0] - before[0]) / ops,
					(after[1] - before[1]) / ops, (after[2] - before[2]) / ops, (after[3] - before[3]) / ops / 1024,
					(after[4] - before[4]) / ops, serviceCpu, databaseCpu, driverCpu,
					delta(metersBefore, metersAfter, COMPILATION) / elapsed);
			if (!threadsAfter.isEmpty()) {
				System.out.printf("  %s: the service's CPU ms per operation by thread: %s%n", scenario,
						ServiceThreads.perOperation(threadsBefore, threadsAfter, ops));
			}
			CPU_PER_OPERATION.computeIfAbsent(scenario, k -> new ArrayList<>())
				.add(new double[] { serviceCpu, databaseCpu, driverCpu });
			double batches = delta(metersBefore, metersAfter, "leads_batch_size_count");
			if (batches > 0) {
				double busy = delta(metersBefore, metersAfter, "leads_batch_duration_seconds_sum");
				System.out.printf("  %s: %.1f requests (submissions and decisions) per batch, %.2f ms per batch,"
						+ " the batch thread busy %.0f %% of the time%n", scenario,
						delta(metersBefore, metersAfter, "leads_batch_size_sum") / batches, busy * 1000 / batches,
						busy * 100 / elapsed);
			}
		}
		if (latencies != null) {
			driver.latencies().forEach((operation, values) -> latencies
				.computeIfAbsent(scenario + " " + operation, k -> Collections.synchronizedList(new ArrayList<>()))
				.addAll(values));
		}
		return ok / elapsed;
	}

	/**
	 * The batcher's counts and sums (leads_batch_size, leads_batch_duration) and the JIT's compilation time, from the
	 * service's Prometheus endpoint.
	 */
	private static Map<String, Double> serviceMeters(ServiceProcess service) {
		Map<String, Double> meters = new TreeMap<>();
		try {
			String body = METRICS_CLIENT.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/actuator/prometheus")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
			Matcher line = Pattern.compile("^(leads_batch_(?:size|duration_seconds)_(?:count|sum)|" + COMPILATION
					+ ")\\{.*} (\\S+)$",
					Pattern.MULTILINE).matcher(body);
			while (line.find()) {
				meters.put(line.group(1), Double.parseDouble(line.group(2)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return meters;
	}

	/** How much one of the service's meters grew between two readings. */
	private static double delta(Map<String, Double> before, Map<String, Double> after, String meter) {
		return after.getOrDefault(meter, 0.0) - before.getOrDefault(meter, 0.0);
	}

	/**
	 * Commits of the service's database, WAL flushes of the server, rows the service's database wrote, WAL bytes and
	 * full-page images written by the server.
	 */
	private static long[] databaseCounters(ServiceProcess service) {
		try (Connection connection = service.superuser(); Statement statement = connection.createStatement()) {
			statement.execute("select pg_stat_clear_snapshot()");
			ResultSet rs = statement.executeQuery("""
					select d.xact_commit, w.wal_sync, d.tup_inserted + d.tup_updated + d.tup_deleted, w.wal_bytes,
					       w.wal_fpi
					  from pg_stat_database d, pg_stat_wal w where d.datname = current_database()""");
			rs.next();
			return new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5) };
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * CPU time used so far by the service's JVM, by its PostgreSQL (postmaster and backends; -1 when the server runs on
	 * another machine) and by this JVM (the load driver's clients): per operation, the measure that a machine shared
	 * with other work disturbs least.
	 */
	static long[] cpuMillis(ServiceProcess service) {
		long serviceCpu = ProcessHandle.of(service.pid()).flatMap(p -> p.info().totalCpuDuration())
			.map(Duration::toMillis).orElse(0L);
		long postmaster = service.postmasterPid();
		// the postmaster's own CPU, that of the backends it has reaped (pgbench's, autovacuum workers'), and the live ones'
		long postgresCpu = postmaster == 0 ? -1 : ticksOf(postmaster, true) * 10 + ProcessHandle.of(postmaster)
			.map(parent -> parent.children().mapToLong(child -> ticksOf(child.pid(), false) * 10).sum())
			.orElse(0L);
		long driverCpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
		return new long[] { serviceCpu, postgresCpu, driverCpu };
	}

	/** utime + stime (and, with {@code reaped}, cutime + cstime) from /proc/pid/stat, in ticks of 10 ms. */
	private static long ticksOf(long pid, boolean reaped) {
		try {
			return ServiceThreads.ticks(Files.readString(Path.of("/proc/" + pid + "/stat")), reaped);
		}
		catch (IOException | RuntimeException ex) {
			return 0; // the process ended between the listing and the read
		}
	}

	/**
	 * Load until the service's JIT has settled (and for WARM_UP seconds at least): cycles of spread, hot and floor
	 * steps, each followed by the milliseconds per second the service's compilers took; settled when over a whole
	 * cycle they took less than JIT_SETTLED of the time (one cheap step alone may compile little while the next
	 * one's code is still cold). A service in production runs warm; measured while C2 still compiles, a round would
	 * count the compiler's CPU as the service's, and leave the others less.
	 */
	private static void warmUp(ServiceProcess service, List<Merchant> hot, List<Merchant> spread)
			throws InterruptedException {
		long started = System.nanoTime();
		while (true) {
			double cycleCompiled = 0;
			double cycleMillis = 0;
			for (LoadDriver driver : List.of(driver(service, spread), driver(service, hot),
					driver(service, spread).readsOnly())) {
				double compiledBefore = compiledMillis(service);
				long stepStarted = System.nanoTime();
				double ops = run(service, driver, WARM_UP_STEP, null, "warm-up");
				double compiled = compiledMillis(service) - compiledBefore;
				double millis = (System.nanoTime() - stepStarted) / 1e6;
				cycleCompiled += compiled;
				cycleMillis += millis;
				System.out.printf("  warm-up %3d s: %5.0f ops/s, the service's JIT compiled %.0f ms per second%n",
						(System.nanoTime() - started) / 1_000_000_000L, ops, compiled * 1000 / millis);
			}
			long seconds = (System.nanoTime() - started) / 1_000_000_000L;
			if (seconds >= WARM_UP && cycleCompiled / cycleMillis < JIT_SETTLED) {
				return;
			}
			if (seconds >= WARM_UP_MAX) {
				System.out.printf("  warm-up: the JIT has not settled in %d s (bench.warmupMax)%n", WARM_UP_MAX);
				return;
			}
		}
	}

	/** The service's compilers' accumulated time, in milliseconds. */
	private static double compiledMillis(ServiceProcess service) {
		return serviceMeters(service).getOrDefault(COMPILATION, 0.0);
	}

	private static void report(Map<String, List<Double>> throughput, Map<String, List<Long>> latencies) {
		System.out.println();
		System.out.printf("%-22s %10s %10s %10s %10s %10s%n", "operation", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
		latencies.forEach((operation, values) -> {
			List<Long> sorted = new ArrayList<>(values);
			Collections.sort(sorted);
			System.out.printf("%-22s %10d %10.1f %10.1f %10.1f %10.1f%n", operation, sorted.size(),
					LoadDriver.percentile(sorted, 50) / 1000.0, LoadDriver.percentile(sorted, 95) / 1000.0,
					LoadDriver.percentile(sorted, 99) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
		});
		System.out.println();
		System.out.printf("%-12s %-28s %10s%n", "run", "per round", "median");
		throughput.forEach((name, values) -> System.out.printf("%-12s %-28s %10.0f%n", name,
				values.stream().map(v -> String.format("%.0f", v)).toList(), median(values)));
		// the measure least disturbed by the machine's noise; its sum bounds what the cores can serve
		System.out.println();
		CPU_PER_OPERATION.forEach((scenario, rounds) -> {
			double service = median(rounds.stream().map(round -> round[0]).toList());
			double database = median(rounds.stream().map(round -> round[1]).toList());
			double driver = median(rounds.stream().map(round -> round[2]).toList());
			System.out.printf("%-12s CPU ms per operation (median of rounds): service %.2f, PostgreSQL %.2f -> at most"
					+ " %.0f ops/s on %d cores; load driver %.2f, all three -> at most %.0f ops/s%n", scenario, service,
					database, Runtime.getRuntime().availableProcessors() * 1000 / (service + database),
					Runtime.getRuntime().availableProcessors(), driver,
					Runtime.getRuntime().availableProcessors() * 1000 / (service + database + driver));
		});
		reportDisturbedRounds();
		double hot = median(throughput.get("hot")) / median(throughput.get("pgbench_s1"));
		double spread = median(throughput.get("spread")) / median(throughput.get("pgbench_s10"));
		System.out.printf("%nratio hot    = service ops/s ÷ pgbench tps (scale 1)  = %.2f%n", hot);
		System.out.printf("ratio spread = service ops/s ÷ pgbench tps (scale 10) = %.2f%n", spread);
		System.out.printf("ratio floor  = authenticated reads/s ÷ pgbench tps (scale 10) = %.2f (no operation of the"
				+ " service can do better here)%n", median(throughput.get("floor")) / median(throughput.get("pgbench_s10")));
		reportDatabaseRatios();
	}

	/**
	 * Where PostgreSQL's CPU limits both the service and pgbench (a database on cores of its own, the service on
	 * others), the ratio is PostgreSQL's CPU per TPC-B transaction over its CPU per operation of the service: the
	 * database's work per operation, not the shared machine, then sets it. (Were pgbench's scale-1 branch lock to limit
	 * pgbench first, hot's ratio would be higher.)
	 */
	private static void reportDatabaseRatios() {
		reportDatabaseRatio("hot", "pgbench_s1");
		reportDatabaseRatio("spread", "pgbench_s10");
	}

	private static void reportDatabaseRatio(String scenario, String database) {
		List<double[]> rounds = CPU_PER_OPERATION.get(scenario);
		List<Double> anchor = PGBENCH_DATABASE_CPU.get(database);
		if (rounds == null || anchor == null) {
			return;
		}
		double perOperation = median(rounds.stream().map(round -> round[1]).toList());
		double perTransaction = median(anchor);
		System.out.printf("ratio %-6s with PostgreSQL's CPU the limit = %.2f (%s %.2f ms per transaction ÷ %.2f per"
				+ " operation)%n", scenario, perTransaction / perOperation, database, perTransaction, perOperation);
	}

	/**
	 * The load driver does the same work for every operation, so its CPU time per operation is a gauge of the machine:
	 * when it grows well beyond its least, the cores were slower in that round (other guests of the host, a build) or
	 * the JVMs were still compiling (round 1 after a short warm-up), whatever the service did. Such rounds are named,
	 * so that a reader can set them aside.
	 */
	private static void reportDisturbedRounds() {
		CPU_PER_OPERATION.forEach((scenario, rounds) -> {
			double least = rounds.stream().mapToDouble(round -> round[2]).min().orElse(0);
			for (int i = 0; i < rounds.size(); i++) {
				double driver = rounds.get(i)[2];
				if (least > 0 && driver >= DISTURBED * least) {
					System.out.printf("%-12s round %d disturbed: the load driver needed %.2f ms of CPU per operation,"
							+ " %.1f x its least%n", scenario, i + 1, driver, driver / least);
				}
			}
		});
	}

	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	/**
	 * Gives the service's tables statistics before the rounds, as {@code pgbench -i} gives its own. The warm-up starts
	 * on empty lead tables, and each pooled connection keeps the generic plans it made then (the lead batches force
	 * them, TransactionLabels) until an analyze invalidates them; autovacuum analyzed the growing tables only a few
	 * times per run, so the decisions' lead lock could keep a plan made for an empty table: a scan of every lead per
	 * decision batch (PERFORMANCE.md run 34: 6 189 sequential scans of {@code leads} reading 32.6 million rows in a
	 * one-round run). A database in service has statistics; the benchmark measures that state. Since run 35 the
	 * batches plan without sequential scans (TransactionLabels.GENERIC_PLANS), so that a run without this analyze
	 * ({@code bench.analyze=false}) shows none either.
	 */
	private static void analyze(ServiceProcess service) throws SQLException {
		long started = System.nanoTime();
		try (Connection connection = service.superuser(); Statement statement = connection.createStatement()) {
			statement.execute("analyze");
		}
		System.out.printf("  analyzed the service's database after the warm-up (as pgbench -i does its tables) in %d ms%n",
				(System.nanoTime() - started) / 1_000_000);
	}

	/** Runs a what-if file (one of bench.whatIf) on the service's database: the rounds then measure that schema. */
	private static void whatIf(ServiceProcess service, Path file) throws IOException, SQLException {
		try (Connection connection = service.superuser(); Statement statement = connection.createStatement()) {
			statement.execute(Files.readString(file));
		}
		System.out.printf("  WHAT-IF: applied %s to the service's database after the warm-up; the rounds measure a schema"
				+ " the service does not ship%n", file);
	}

	/** A table's sequential scans so far, and the rows they read (a plan that lost its index shows here). */
	private static long[] sequentialScans(ServiceProcess service, String table) throws SQLException {
		try (Connection connection = service.superuser(); Statement statement = connection.createStatement()) {
			statement.execute("select pg_stat_clear_snapshot()");
			try (ResultSet rs = statement.executeQuery(
					"select seq_scan, seq_tup_read from pg_stat_user_tables where relname = '" + table + "'")) {
				rs.next();
				return new long[] { rs.getLong(1), rs.getLong(2) };
			}
		}
	}

	private static void pgbenchInit(DatabaseServer server, String database, int scale)
			throws IOException, InterruptedException {
		psql(server, "create database " + database, "postgres");
		exec(server.clientEnvironment(), concat(server.superuserClient(PGBENCH), "-i", "-q", "-s", String.valueOf(scale),
				database));
		psql(server, "checkpoint", database);
	}

	private static void psql(DatabaseServer server, String command, String database)
			throws IOException, InterruptedException {
		exec(server.clientEnvironment(), concat(server.superuserClient("psql"), "-qAtc", command, database));
	}

	private static List<String> concat(List<String> command, String... arguments) {
		List<String> all = new ArrayList<>(command);
		all.addAll(List.of(arguments));
		return all;
	}

	/**
	 * pgbench's built-in TPC-B script: 8 clients, 2 threads, for the same time as a service run. Prints the CPU that
	 * PostgreSQL and pgbench's client spent per transaction (bash's {@code times}: the CPU of its finished children).
	 */
	private static double pgbench(ServiceProcess service, String database, String name)
			throws IOException, InterruptedException {
		DatabaseServer server = service.database();
		long postgresBefore = cpuMillis(service)[1];
		String out = exec(server.clientEnvironment(), List.of("bash", "-c", String.join(" ",
				concat(server.superuserClient(PGBENCH), "-c", String.valueOf(CLIENTS), "-j", "2", "-T",
						String.valueOf(SECONDS), database)) + " && times"));
		long postgresAfter = cpuMillis(service)[1];
		double tps = out.lines()
			.filter(line -> line.startsWith("tps = "))
			.map(line -> Double.parseDouble(line.split("\\s+")[2]))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no tps in pgbench output:\n" + out));
		List<String> times = out.lines().filter(line -> line.matches("\\d+m[\\d.]+s \\d+m[\\d.]+s")).toList();
		double transactions = tps * SECONDS;
		double client = times.isEmpty() ? Double.NaN : secondsOf(times.get(times.size() - 1)) * 1000 / transactions;
		double postgresPerTransaction = postgresAfter < 0 ? Double.NaN : (postgresAfter - postgresBefore) / transactions;
		System.out.printf("  %s: per transaction CPU ms: PostgreSQL %.2f pgbench client %.2f%n", name,
				postgresPerTransaction, client);
		PGBENCH_DATABASE_CPU.computeIfAbsent(name, key -> new ArrayList<>()).add(postgresPerTransaction);
		return tps;
	}

	/** "0m1.250s 0m0.310s" (user, system) as seconds in all. */
	private static double secondsOf(String times) {
		double seconds = 0;
		for (String part : times.split(" ")) {
			String[] minutes = part.replace("s", "").split("m");
			seconds += Integer.parseInt(minutes[0]) * 60 + Double.parseDouble(minutes[1]);
		}
		return seconds;
	}

	static String exec(Map<String, String> environment, List<String> command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process = builder.start();
		String out = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
		}
		return out;
	}

}
