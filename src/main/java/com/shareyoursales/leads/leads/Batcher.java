package com.shareyoursales.leads.leads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.shareyoursales.leads.shared.DomainException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

import org.jspecify.annotations.Nullable;

/**
 * Groups the requests that arrive together (lead submissions and decisions) into one transaction, as
 * high-throughput ledgers batch transfers: the requests that queue while a batch runs go in the next one, so that
 * under load PostgreSQL answers a few statements and one commit for many leads instead of a dozen round trips and a
 * commit for each, and a hot deposit is locked once per batch instead of once per lead. Alone, a request is a batch
 * of one and waits for nobody.
 * <p>
 * A batch thread takes every request that queued while it was busy, which is what makes batches form; each thread
 * runs one batch at a time on one connection ({@code leads.batch.threads}, default 2). One thread would be the
 * bottleneck: busy all the time while the cores are not (PERFORMANCE.md, run 16: ~8 ms per batch, a dozen round
 * trips and a commit); two overlap one batch's round trips and commit with the other's, for smaller batches. Both
 * take their locks in one order (LeadBatch), as any two transactions of the service do, so two batches never wait
 * for each other in a cycle; on a hot deposit the second waits only at its last statement. One batcher for both
 * kinds: the larger the batch, the less each lead costs PostgreSQL, and a hot deposit's submissions and decisions
 * share one hold of its lock.
 * <p>
 * Each request gets the outcome it would get alone. A request the batch cannot decide
 * ({@linkplain Outcome#DEFERRED deferred}) runs again alone after it; a batch that fails as a whole (a reservation
 * refused after the leads' insert, a deadlock, a lost connection) is rolled back and each of its requests runs again
 * alone, so one request's failure is never another's.
 *
 * @param <S> a request, checked for shape where it arrived
 */
final class Batcher<S> implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Batcher.class);

	/** Enough for every request thread of a busy instance; a batch's statements grow with it. */
	static final int MAX_BATCH = 64;

	/** A request's outcome: its lead, its refusal, or neither (deferred: it runs again, alone). */
	record Outcome(@Nullable Lead lead, @Nullable DomainException refusal) {

		static final Outcome DEFERRED = new Outcome(null, null);

		boolean deferred() {
			return lead == null && refusal == null;
		}

		/** The lead, or the refusal thrown: how a request run alone answers its caller. */
		Lead leadOrThrow() {
			if (refusal != null) {
				throw refusal;
			}
			return lead;
		}

	}

	/**
	 * Thrown inside a batch when it cannot go on without undoing a write of one request (a reservation refused after
	 * the leads' insert): the batch rolls back and each request runs again alone, where that refusal is its own.
	 */
	static final class SplitBatch extends RuntimeException {

		SplitBatch() {
			super("A request of the batch was refused after the batch wrote: its requests run again one by one", null,
					false, false);
		}

	}

	private record Pending<S>(S request, CompletableFuture<Lead> result) {
	}

	private final String kind;

	/** The batch's work, in the transaction this class opened: one outcome per request, in their order. */
	private final Function<List<S>, List<Outcome>> work;

	private final BlockingQueue<Pending<S>> queue = new LinkedBlockingQueue<>();

	private final TransactionTemplate transactions;

	private final DistributionSummary batchSizes;

	private final Timer batchTimes;

	private final Counter splits;

	/** Batches that may run at once, each on its own thread and connection. */
	private final int parallel;

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	Batcher(String kind, Function<List<S>, List<Outcome>> work, int parallel, TransactionTemplate transactions,
			MeterRegistry meters) {
		if (parallel < 1) {
			throw new IllegalArgumentException("leads.batch.threads must be at least 1, not " + parallel);
		}
		this.kind = kind;
		this.parallel = parallel;
		this.work = work;
		this.transactions = transactions;
		this.batchSizes = DistributionSummary.builder("leads.batch.size")
			.tag("kind", kind)
			.description("Requests (lead submissions and decisions) per transaction")
			.register(meters);
		this.batchTimes = Timer.builder("leads.batch.duration")
			.tag("kind", kind)
			.description("Time the batch thread spends on a batch, its requests run again alone included")
			.register(meters);
		this.splits = Counter.builder("leads.batch.splits")
			.tag("kind", kind)
			.description("Batches rolled back and run again one request at a time")
			.register(meters);
		Gauge.builder("leads.batch.queue", queue, BlockingQueue::size)
			.tag("kind", kind)
			.description("Requests waiting for the next batch")
			.register(meters);
	}

	/** Its batches' transactions: tests run in one to see what they run with. */
	TransactionTemplate transactions() {
		return transactions;
	}

	/** Runs the request in the next batch and waits for its lead; alone, on this thread, when not running. */
	Lead submit(S request) {
		if (!running) {
			return alone(request);
		}
		Pending<S> pending = new Pending<>(request, new CompletableFuture<>());
		queue.add(pending);
		if (!running && queue.remove(pending)) {
			// stopped meanwhile: the batch thread may have left without seeing it
			return alone(request);
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

	private void drain() {
		while (running || !queue.isEmpty()) {
			try {
				Pending<S> first = queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				List<Pending<S>> batch = new ArrayList<>();
				batch.add(first);
				queue.drainTo(batch, MAX_BATCH - 1);
				try {
					batchTimes.record(() -> run(batch));
				}
				finally {
					// a request thread waits for its outcome without a timeout: never leave one waiting
					batch.stream()
						.filter(pending -> !pending.result().isDone())
						.forEach(pending -> pending.result()
							.completeExceptionally(new IllegalStateException("The " + kind + " batch failed")));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException | Error ex) {
				// run() completes every request it takes; this keeps the thread alive if that ever fails
				log.error("A {} batch failed", kind, ex);
			}
		}
	}

	private void run(List<Pending<S>> batch) {
		batchSizes.record(batch.size());
		if (batch.size() == 1) {
			settle(batch.get(0));
			return;
		}
		List<Outcome> outcomes;
		try {
			outcomes = transactions.execute(status -> work.apply(batch.stream().map(Pending::request).toList()));
		}
		catch (RuntimeException ex) {
			splits.increment();
			if (!(ex instanceof SplitBatch)) {
				log.warn("A {} batch of {} failed; each request runs again alone", kind, batch.size(), ex);
			}
			batch.forEach(this::settle);
			return;
		}
		for (int i = 0; i < batch.size(); i++) {
			Outcome outcome = outcomes.get(i);
			if (outcome.deferred()) {
				settle(batch.get(i));
			}
			else {
				complete(batch.get(i), outcome);
			}
		}
	}

	/** One request in a transaction of its own; its outcome, refusal or failure is its own. */
	private void settle(Pending<S> pending) {
		try {
			pending.result().complete(alone(pending.request()));
		}
		catch (RuntimeException | Error ex) {
			pending.result().completeExceptionally(ex);
		}
	}

	private static void complete(Pending<?> pending, Outcome outcome) {
		if (outcome.refusal() != null) {
			pending.result().completeExceptionally(outcome.refusal());
		}
		else {
			pending.result().complete(outcome.lead());
		}
	}

	/** Alone: a refusal is thrown after its transaction ended (committed: a refusal alone wrote nothing to undo). */
	private Lead alone(S request) {
		return transactions.execute(status -> work.apply(List.of(request)).get(0)).leadOrThrow();
	}

	@Override
	public void start() {
		running = true;
		for (int i = 1; i <= parallel; i++) {
			Thread worker = new Thread(this::drain, "batch-" + kind + "-" + i);
			worker.setDaemon(true);
			worker.start();
			threads.add(worker);
		}
	}

	/** Stops taking new batches once the queue is empty (requests already queued are answered). */
	@Override
	public void stop() {
		running = false;
		for (Thread worker : threads) {
			try {
				worker.join(TimeUnit.SECONDS.toMillis(30));
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

	/**
	 * Started before the web server and stopped after it (its stop, {@code DEFAULT_PHASE - 2048}, follows the
	 * graceful drain), so that the requests finishing during the drain still share batches instead of each running
	 * alone; and stopped before the live pushes ({@code LiveEvents}, {@code DEFAULT_PHASE - 4096}), which send what
	 * the last batches committed.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 3072;
	}

}
