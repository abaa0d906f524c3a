package com.shareyoursales.leads.leads;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Makes lead requests arrive together, deterministically: another transaction holds the deposit they draw on
 * locked, so that the first batch waits on it while the others queue; then it lets go. Counts the transactions the
 * requests took from the batcher's metrics.
 */
final class BatchProbe {

	/** The requests' results, and how many batches (transactions) they took. */
	record Result<T>(List<T> results, long batches) {
	}

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final MeterRegistry meters;

	BatchProbe(TransactionTemplate transactions, JdbcClient jdbc, MeterRegistry meters) {
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.meters = meters;
	}

	<T> Result<T> whileDepositLocked(UUID depositId, List<Callable<T>> requests) throws Exception {
		DistributionSummary batches = meters.get("leads.batch.size").tag("kind", "lead").summary();
		long batchesBefore = batches.count();
		double requestsBefore = batches.totalAmount();
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch locked = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(requests.size() + 1);
		try {
			Future<?> holder = pool.submit(() -> transactions.executeWithoutResult(status -> {
				jdbc.sql("select id from company_deposits where id = :d for update").param("d", depositId)
					.query().listOfRows();
				locked.countDown();
				waitFor(release);
			}));
			assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
			List<Future<T>> futures = new ArrayList<>();
			requests.forEach(request -> futures.add(pool.submit(request)));
			// every request is either in the batch that waits on the lock or in the queue behind it
			await().atMost(20, TimeUnit.SECONDS)
				.until(() -> batches.totalAmount() - requestsBefore
						+ meters.get("leads.batch.queue").tag("kind", "lead").gauge().value() == requests.size());
			release.countDown();
			holder.get(10, TimeUnit.SECONDS);
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(20, TimeUnit.SECONDS));
			}
			assertThat(batches.totalAmount() - requestsBefore).isEqualTo(requests.size());
			return new Result<>(results, batches.count() - batchesBefore);
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
	}

	private static void waitFor(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
