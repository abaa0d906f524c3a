package com.shareyoursales.leads.platform.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Runs an {@link InTransactionListener}'s work so that it never fails its publisher. The work reads and prepares in
 * Java, and writes last, with one statement that the database isolates itself (a savepoint inside the call, as the
 * notifications' {@code post_letters} does): a failure before that write leaves nothing, a failure of the write is
 * undone alone and reported by it, and the work turns it into an exception. Either is logged and counted
 * ({@code leads.in_transaction_listener.failures}), and the publisher goes on without it.
 * <p>
 * The limit of that: nothing isolates the work's reads. Keep them plain reads by key (the recipient's profile): the
 * only database errors they can meet (a cancelled statement, a lost connection) would abort the transaction as any
 * of the publisher's own statements would, and the publisher then fails with them.
 * <p>
 * Why not a JDBC savepoint around the work, as before V54: a savepoint, its release and the role switches around the
 * work were four of the five round trips a lead's notification took to the database (PERFORMANCE.md, run 10).
 */
@Component
public class InTransactionWork {

	private static final Logger log = LoggerFactory.getLogger(InTransactionWork.class);

	private final Counter failures;

	InTransactionWork(MeterRegistry meters) {
		this.failures = Counter.builder("leads.in_transaction_listener.failures")
			.description("Listener work that failed and left nothing (its cause committed without it)")
			.register(meters);
	}

	/** @return whether the work was done (false: it failed and left nothing behind) */
	public boolean run(String what, Runnable work) {
		try {
			work.run();
			return true;
		}
		catch (RuntimeException ex) {
			failures.increment();
			log.error("{} failed; its cause commits without it", what, ex);
			return false;
		}
	}

}
