package com.shareyoursales.leads.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.shareyoursales.leads.support.Population.Merchant;
import com.shareyoursales.leads.support.ServiceProcess;

/**
 * What a round trip costs PostgreSQL. pgbench replays one lead submission's statements (bench/probe), rolled back, on
 * one connection as the service's own role (row security on): first one statement per round trip, as the service
 * sends them, then the same statements inside one PL/pgSQL call. The difference, divided by the round trips saved, is
 * the database's CPU per round trip — work that no index or plan can remove, only fewer round trips. A third script
 * writes eight submissions to one deposit in one transaction, set-wise, as a batching reserver would: what PostgreSQL
 * would spend per lead if leads of a hot deposit were batched; a fourth, the same without the leads' reads: what the
 * batch's writes cost alone.
 */
final class RoundTripProbe {

	private static final Path SCRIPTS = Path.of("bench", "probe");

	private static final String AS_SENT = "submission-as-sent.sql";

	private static final String ONE_CALL = "submission-one-call.sql";

	private static final String BATCHED = "submissions-batched.sql";

	/** Submissions in one run of the batched script. */
	private static final int BATCH = 8;

	/** The service's own role, row security on (EmbeddedPostgresServer.APP_ROLE, its password the same). */
	private static final String APP_ROLE = "leads_app";

	private final ServiceProcess service;

	private final int port;

	private final Merchant merchant;

	RoundTripProbe(ServiceProcess service, int port, Merchant merchant) {
		this.service = service;
		this.port = port;
		this.merchant = merchant;
	}

	/** Alternates the four scripts {@code rounds} times for {@code seconds} each and prints the medians. */
	void run(int rounds, int seconds) throws IOException, InterruptedException {
		psql("-f", SCRIPTS.resolve("one-call-function.sql").toString());
		psql("-c", "grant usage on schema bench_probe to " + APP_ROLE + ";"
				+ " grant execute on all functions in schema bench_probe to " + APP_ROLE);
		try {
			List<Double> asSent = new ArrayList<>();
			List<Double> oneCall = new ArrayList<>();
			List<Double> batched = new ArrayList<>();
			List<Double> batchedWrites = new ArrayList<>();
			Script sending = Script.of(Files.readAllLines(SCRIPTS.resolve(AS_SENT)));
			Script calling = Script.of(Files.readAllLines(SCRIPTS.resolve(ONE_CALL)));
			Script reading = batchedScript(true);
			Script writing = batchedScript(false);
			for (int round = 0; round < rounds; round++) {
				asSent.add(postgresMillisPerTransaction(sending.file(), seconds));
				oneCall.add(postgresMillisPerTransaction(calling.file(), seconds));
				batched.add(postgresMillisPerTransaction(reading.file(), seconds) / BATCH);
				batchedWrites.add(postgresMillisPerTransaction(writing.file(), seconds) / BATCH);
			}
			double sent = LedgerBenchmark.median(asSent);
			double one = LedgerBenchmark.median(oneCall);
			int saved = sending.roundTrips() - calling.roundTrips();
			System.out.printf("%nround trips (bench/probe: one submission's statements, one connection, rolled back)%n");
			System.out.printf("  as the service sends them, %d round trips: PostgreSQL CPU ms per submission %s -> median %.2f%n",
					sending.roundTrips(), rounded(asSent), sent);
			System.out.printf("  in one call, %d round trips:              PostgreSQL CPU ms per submission %s -> median %.2f%n",
					calling.roundTrips(), rounded(oneCall), one);
			System.out.printf("  per round trip: %.3f ms of PostgreSQL's CPU (%.0f %% of the submission's database work as sent)%n",
					(sent - one) / saved, 100 * (sent - one) / sent);
			System.out.printf("  %d to one deposit in one transaction, set-wise writes, %.1f round trips each: PostgreSQL CPU ms per submission %s -> median %.2f%n",
					BATCH, (double) reading.roundTrips() / BATCH, rounded(batched), LedgerBenchmark.median(batched));
			System.out.printf("  of which the writes (the batch without its reads), %.1f round trips each: PostgreSQL CPU ms per submission %s -> median %.2f%n",
					(double) writing.roundTrips() / BATCH, rounded(batchedWrites), LedgerBenchmark.median(batchedWrites));
		}
		finally {
			psql("-c", "drop schema bench_probe cascade");
		}
	}

	/** A pgbench script in a file of its own, and the commands it sends: one round trip each, BEGIN … ROLLBACK. */
	private record Script(Path file, int roundTrips) {

		static Script of(List<String> lines) throws IOException {
			Path file = Files.createTempFile("round-trip-probe", ".sql");
			file.toFile().deleteOnExit();
			int commands = (int) lines.stream()
				.filter(line -> !line.isBlank() && !line.startsWith("--") && !line.startsWith("\\"))
				.count();
			return new Script(Files.write(file, lines), commands);
		}

	}

	/**
	 * The batched script with its READS line replaced by a submission's reads as sent, {@link #BATCH} times (the lines
	 * of submission-as-sent.sql from after BEGIN to the switch to SYSTEM, so that both scripts read the same way), or
	 * by nothing: what the batch's set-wise writes cost alone.
	 */
	private static Script batchedScript(boolean withReads) throws IOException {
		List<String> sent = Files.readAllLines(SCRIPTS.resolve(AS_SENT));
		List<String> reads = sent.subList(sent.indexOf("BEGIN;") + 1,
				sent.indexOf("select set_config('app.role', 'SYSTEM', true);"));
		List<String> script = new ArrayList<>();
		for (String line : Files.readAllLines(SCRIPTS.resolve(BATCHED))) {
			if (line.startsWith("-- READS")) {
				for (int lead = 0; withReads && lead < BATCH; lead++) {
					script.addAll(reads);
				}
			}
			else {
				script.add(line);
			}
		}
		return Script.of(script);
	}

	private double postgresMillisPerTransaction(Path script, int seconds) throws IOException, InterruptedException {
		long postmaster = ServiceProcess.postmaster(service.dataDir())[0];
		long backends = backends(postmaster);
		long before = LedgerBenchmark.cpuMillis(service)[1];
		String out = LedgerBenchmark.exec(List.of("env", "PGPASSWORD=" + APP_ROLE, "pgbench", "-h", "localhost", "-p",
				String.valueOf(port), "-U", APP_ROLE, "-n", "-M", "prepared", "-c", "1", "-T", String.valueOf(seconds),
				"-D", "influencer=" + merchant.influencers().get(0).id(), "-D", "merchant=" + merchant.id(),
				"-D", "campaign=" + merchant.campaignId(), "-D", "deposit=" + merchant.depositId(),
				"-f", script.toString(), "leads"));
		awaitReaped(postmaster, backends);
		long postgres = LedgerBenchmark.cpuMillis(service)[1] - before;
		long transactions = out.lines()
			.filter(line -> line.startsWith("number of transactions actually processed: "))
			.mapToLong(line -> Long.parseLong(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no transaction count in pgbench output:\n" + out));
		if (!out.contains("number of failed transactions: 0 ")) {
			throw new IllegalStateException(script + " failed:\n" + out);
		}
		return (double) postgres / transactions;
	}

	/**
	 * pgbench's backend did all the work measured, and its CPU is counted once the postmaster has reaped it: until
	 * then an ended backend is neither a live child nor in the postmaster's reaped time.
	 */
	private static void awaitReaped(long postmaster, long backends) throws InterruptedException {
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (backends(postmaster) > backends && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
	}

	private static long backends(long postmaster) {
		return ProcessHandle.of(postmaster).map(parent -> parent.children().count()).orElse(0L);
	}

	private void psql(String option, String argument) throws IOException, InterruptedException {
		LedgerBenchmark.exec(List.of("psql", "-h", "localhost", "-p", String.valueOf(port), "-U", "postgres", "-q",
				"-v", "ON_ERROR_STOP=1", option, argument, "leads"));
	}

	private static String rounded(List<Double> values) {
		return values.stream().map(value -> String.format("%.2f", value)).toList().toString();
	}

}
