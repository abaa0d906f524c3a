package com.shareyoursales.leads.leads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.shareyoursales.leads.leads.IntakeBatch.Outcome;
import com.shareyoursales.leads.leads.IntakeBatch.Submission;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Groups the submissions that arrive together into one transaction ({@link IntakeBatch}), as high-throughput
 * ledgers batch transfers: the leads that queue while a batch runs go in the next one, so that under load
 * PostgreSQL answers a few statements and one commit for many leads instead of a dozen round trips and a commit
 * for each, and a hot deposit is locked once per batch instead of once per lead. Alone, a submission is a batch of
 * one and waits for nobody.
 * <p>
 * A batch that fails as a whole (a reservation refused after the leads' insert, a deadlock, a lost connection) is
 * rolled back and each of its submissions runs again alone, so one submission's failure is never another's.
 */
@Component
class IntakeBatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(IntakeBatcher.class);

	/**
	 * One: the submissions that arrive while a batch runs (its commit's flush included) wait for the next one, which
	 * is what makes batches form; a second thread would take them one by one while the first works.
	 */
	static final int THREADS = 1;

	/** Enough for every request thread of a busy instance; a batch's statements grow with it. */
	static final int MAX_BATCH = 64;

	private record Pending(Submission submission, CompletableFuture<Lead> result) {
	}

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

	private final IntakeBatch intake;

	private final TransactionTemplate transactions;

	private final List<Thread> threads = new ArrayList<>();

	private final DistributionSummary batchSizes;

	private final Counter splits;

	private volatile boolean running;

	IntakeBatcher(IntakeBatch intake, TransactionTemplate transactions, MeterRegistry meters) {
		this.intake = intake;
		this.transactions = transactions;
		this.batchSizes = DistributionSummary.builder("leads.intake.batch.size")
			.description("Lead submissions per intake transaction")
			.register(meters);
		this.splits = Counter.builder("leads.intake.batch.splits")
			.description("Intake batches rolled back and run again one submission at a time")
			.register(meters);
		Gauge.builder("leads.intake.queue", queue, BlockingQueue::size)
			.description("Lead submissions waiting for the next intake batch")
			.register(meters);
	}

	/** Submits in the next batch and waits for the outcome; submits alone, on this thread, when not running. */
	Lead submit(Submission submission) {
		if (!running) {
			return alone(submission);
		}
		Pending pending = new Pending(submission, new CompletableFuture<>());
		queue.add(pending);
		if (!running && queue.remove(pending)) {
			// stopped meanwhile: the batch threads may have left without seeing it
			return alone(submission);
		}
		try {
			return pending.result().join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	private void work() {
		while (running || !queue.isEmpty()) {
			try {
				Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				List<Pending> batch = new ArrayList<>();
				batch.add(first);
				queue.drainTo(batch, MAX_BATCH - 1);
				run(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException | Error ex) {
				// run() completes every submission it takes; this keeps the thread alive if that ever fails
				log.error("Lead intake batch failed", ex);
			}
		}
	}

	private void run(List<Pending> batch) {
		batchSizes.record(batch.size());
		if (batch.size() == 1) {
			settle(batch.get(0));
			return;
		}
		List<Outcome> outcomes;
		try {
			outcomes = transactions
				.execute(status -> intake.submit(batch.stream().map(Pending::submission).toList()));
		}
		catch (RuntimeException ex) {
			splits.increment();
			if (!(ex instanceof IntakeBatch.SplitBatch)) {
				log.warn("A batch of {} lead submissions failed; each runs again alone", batch.size(), ex);
			}
			batch.forEach(this::settle);
			return;
		}
		for (int i = 0; i < batch.size(); i++) {
			Outcome outcome = outcomes.get(i);
			if (outcome.deferred()) {
				settle(batch.get(i));
			}
			else if (outcome.refusal() != null) {
				batch.get(i).result().completeExceptionally(outcome.refusal());
			}
			else {
				batch.get(i).result().complete(outcome.lead());
			}
		}
	}

	/** One submission in a transaction of its own; its outcome, refusal or failure is its own. */
	private void settle(Pending pending) {
		try {
			pending.result().complete(alone(pending.submission()));
		}
		catch (RuntimeException | Error ex) {
			pending.result().completeExceptionally(ex);
		}
	}

	private Lead alone(Submission submission) {
		return transactions.execute(status -> intake.submit(List.of(submission)).get(0).lead());
	}

	@Override
	public void start() {
		running = true;
		for (int i = 0; i < THREADS; i++) {
			Thread thread = new Thread(this::work, "lead-intake-" + i);
			thread.setDaemon(true);
			thread.start();
			threads.add(thread);
		}
	}

	/** Stops taking new batches once the queue is empty (requests already queued are answered). */
	@Override
	public void stop() {
		running = false;
		for (Thread thread : threads) {
			try {
				thread.join(TimeUnit.SECONDS.toMillis(30));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		threads.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
