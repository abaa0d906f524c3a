package com.shareyoursales.leads.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.shareyoursales.leads.support.DatabaseServer;
import com.shareyoursales.leads.support.Population.Merchant;
import com.shareyoursales.leads.support.ServiceProcess;

/**
 * What a lead submission costs PostgreSQL alone and in a batch. pgbench replays, rolled back, on one connection as the
 * service's own role, the statements the service sends for one submission alone (a batch of one: bench/probe
 * submission-as-sent.sql) and for eight submissions to one deposit in one intake batch (submissions-batched.sql): the
 * same statements, each for the eight at once. Their cost per submission shows what batching saves the database,
 * whatever the load: the benchmark's rounds form batches of whatever size the load gives.
 */
final class RoundTripProbe {

	private static final Path SCRIPTS = Path.of("bench", "probe");

	private static final String AS_SENT = "submission-as-sent.sql";

	private static final String BATCHED = "submissions-batched.sql";

	/** Submissions in one run of the batched script. */
	private static final int BATCH = 8;

	private final ServiceProcess service;

	private final Merchant merchant;

	RoundTripProbe(ServiceProcess service, Merchant merchant) {
		this.service = service;
		this.merchant = merchant;
	}

	/** Alternates the two scripts {@code rounds} times for {@code seconds} each and prints the medians. */
	void run(int rounds, int seconds) throws IOException, InterruptedException {
		List<Double> alone = new ArrayList<>();
		List<Double> batched = new ArrayList<>();
		Script one = Script.of(SCRIPTS.resolve(AS_SENT));
		Script eight = Script.of(SCRIPTS.resolve(BATCHED));
		for (int round = 0; round < rounds; round++) {
			alone.add(postgresMillisPerTransaction(one.file(), seconds));
			batched.add(postgresMillisPerTransaction(eight.file(), seconds) / BATCH);
		}
		System.out.printf("%nintake batches (bench/probe: the statements the service sends, one connection, rolled back)%n");
		System.out.printf("  a submission alone, %d round trips: PostgreSQL CPU ms per submission %s -> median %.2f%n",
				one.roundTrips(), rounded(alone), LedgerBenchmark.median(alone));
		System.out.printf("  %d to one deposit in one batch, %.1f round trips each: PostgreSQL CPU ms per submission %s -> median %.2f%n",
				BATCH, (double) eight.roundTrips() / BATCH, rounded(batched), LedgerBenchmark.median(batched));
	}

	/** A pgbench script and the commands it sends: one round trip each, BEGIN … ROLLBACK. */
	private record Script(Path file, int roundTrips) {

		static Script of(Path file) throws IOException {
			int commands = (int) Files.readAllLines(file)
				.stream()
				.filter(line -> !line.isBlank() && !line.startsWith("--") && !line.startsWith("\\"))
				.count();
			return new Script(file, commands);
		}

	}

	private double postgresMillisPerTransaction(Path script, int seconds) throws IOException, InterruptedException {
		long postmaster = service.postmasterPid();
		long backends = backends(postmaster);
		long before = LedgerBenchmark.cpuMillis(service)[1];
		// as the service's own role, row security on
		DatabaseServer server = service.database();
		String out = LedgerBenchmark.exec(Map.of("PGPASSWORD", server.appPassword()), List.of("pgbench", "-h",
				server.host(), "-p", String.valueOf(server.port()), "-U", server.appRole(), "-n", "-M", "prepared", "-c",
				"1", "-T", String.valueOf(seconds), "-D", "influencer=" + merchant.influencers().get(0).id(),
				"-D", "merchant=" + merchant.id(), "-D", "campaign=" + merchant.campaignId(),
				"-D", "deposit=" + merchant.depositId(), "-f", script.toString(), server.database()));
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

	private static String rounded(List<Double> values) {
		return values.stream().map(value -> String.format("%.2f", value)).toList().toString();
	}

}
