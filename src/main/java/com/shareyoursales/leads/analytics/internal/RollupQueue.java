package com.shareyoursales.leads.analytics.internal;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lead changes waiting in {@code lead_rollup_queue} (see V44__analytics_rollup_queue.sql): the background drain
 * applies them in batches, and a stats read catches up first so that it sees every change committed before it.
 */
@Component
public class RollupQueue {

	private static final Logger log = LoggerFactory.getLogger(RollupQueue.class);

	/**
	 * Queue rows per background batch: one per lead statement (a single lead's change for the API). Large on
	 * purpose: a batch sums the changes of one key (a merchant's day, the platform's month) into one upsert, so the
	 * larger the batch, the fewer rollup rows written per lead (measured: batches of ~30 queue rows, drained as fast
	 * as they came, cost PostgreSQL ~1.2 ms per lead operation, a third of a core at 500 operations/s).
	 */
	private static final int BATCH = 1000;

	/** A background run stops after this many batches, so that a backlog does not hold the scheduler's thread. */
	private static final int MAX_BATCHES_PER_RUN = 50;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final AtomicBoolean paused = new AtomicBoolean();

	RollupQueue(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.transaction.setTimeout(-1);
	}

	/**
	 * Applies every lead change committed so far, waiting for a concurrent drain, in one batch in the caller's
	 * transaction (a stats read then sees the result without a second connection); returns how many it applied.
	 */
	public int catchUp() {
		return transaction.execute(tx -> jdbc.sql("select drain_lead_rollup_queue(null, true)")
			.query(Integer.class)
			.single());
	}

	/**
	 * Applies everything queued one queue row per transaction: for bulk statements (the generator's hold ~100 000
	 * changes each), which one batch would have to hold in memory at once. Not inside another transaction.
	 */
	public long catchUpRowByRow() {
		long applied = 0;
		int one;
		do {
			one = transaction.execute(tx -> jdbc.sql("select drain_lead_rollup_queue(1, true)")
				.query(Integer.class)
				.single());
			applied += one;
		}
		while (one > 0);
		// a row another drain took while this one waited ends the loop early: take what may be left
		return applied + catchUp();
	}

	/**
	 * Stops this instance's background drain until {@link #resumeBackgroundDrain()}: while a bulk load queues rows of
	 * ~100 000 changes, one background batch of 100 such rows would hold all of them in memory at once.
	 */
	public void pauseBackgroundDrain() {
		paused.set(true);
	}

	public void resumeBackgroundDrain() {
		paused.set(false);
	}

	@Scheduled(fixedDelayString = "${leads.analytics.rollup-drain-interval:PT1S}", initialDelayString = "PT1S")
	void drainInBackground() {
		if (paused.get()) {
			return;
		}
		try {
			// a queue row holds at least one change: fewer changes than BATCH means the queue was emptied
			for (int run = 0; run < MAX_BATCHES_PER_RUN && drainOneBatch() >= BATCH; run++) {
				// a full batch applied; the next may be waiting
			}
		}
		catch (RuntimeException ex) {
			// the changes stay queued: the next run, or the next stats read, applies them
			log.warn("Background drain of the rollup queue failed: {}", ex.getMessage());
		}
	}

	private int drainOneBatch() {
		return transaction.execute(tx -> jdbc.sql("select drain_lead_rollup_queue(:batch, false)")
			.param("batch", BATCH)
			.query(Integer.class)
			.single());
	}

}
