package com.shareyoursales.leads.platform.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.shareyoursales.leads.platform.database.RowSecurity;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an {@link InTransactionListener}'s work behind a savepoint, as SYSTEM (it writes for users other than the one
 * who caused the event: the influencer's notification of a merchant's decision), then gives the publisher's
 * transaction back its own role. A failure rolls back to the savepoint, is logged and counted
 * ({@code leads.in_transaction_listener.failures}), and the publisher goes on without it.
 */
@Component
public class InTransactionWork {

	private static final Logger log = LoggerFactory.getLogger(InTransactionWork.class);

	private final TransactionTemplate savepoint;

	private final RowSecurity rowSecurity;

	private final Counter failures;

	InTransactionWork(PlatformTransactionManager transactions, RowSecurity rowSecurity, MeterRegistry meters) {
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.rowSecurity = rowSecurity;
		this.failures = Counter.builder("leads.in_transaction_listener.failures")
			.description("Listener work rolled back to its savepoint (its cause committed without it)")
			.register(meters);
	}

	/** @return whether the work was done (false: it failed and left nothing behind) */
	public boolean run(String what, Runnable work) {
		try {
			savepoint.executeWithoutResult(status -> rowSecurity.asSystem(work));
			return true;
		}
		catch (RuntimeException ex) {
			failures.increment();
			log.error("{} failed; its cause commits without it", what, ex);
			return false;
		}
	}

}
