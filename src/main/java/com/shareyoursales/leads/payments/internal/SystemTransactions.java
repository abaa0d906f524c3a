package com.shareyoursales.leads.payments.internal;

import java.util.function.Supplier;

import com.shareyoursales.leads.platform.database.RowSecurity;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Short transactions of their own, as the platform, whatever the caller's transaction and user: an auto-recharge
 * commits its in-flight payment before Stripe is called, and records Stripe's answer in another one.
 */
@Component
public class SystemTransactions {

	private final TransactionTemplate transaction;

	private final RowSecurity rowSecurity;

	SystemTransactions(PlatformTransactionManager transactions, RowSecurity rowSecurity) {
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.rowSecurity = rowSecurity;
	}

	public <T> T run(Supplier<T> work) {
		return transaction.execute(status -> {
			rowSecurity.actAsSystem();
			return work.get();
		});
	}

}
