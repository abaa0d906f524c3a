package com.shareyoursales.leads.payments;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads the stored state that payment tests assert, as the system (a transaction without a JWT sees all rows). */
class PaymentDatabase {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	PaymentDatabase(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	long creditRows(UUID paymentId) {
		return count("select count(*) from deposit_transactions where type = 'CREDIT' and payment_id = ?", paymentId);
	}

	long ledgerRows(UUID depositId) {
		return count("select count(*) from deposit_transactions where deposit_id = ?", depositId);
	}

	long paymentsOfMerchant(UUID merchantId) {
		return count("select count(*) from payments where merchant_id = ?", merchantId);
	}

	String status(UUID paymentId) {
		return transaction.execute(status -> jdbc.sql("select status from payments where id = ?")
			.param(paymentId)
			.query(String.class)
			.single());
	}

	List<String> history(UUID paymentId) {
		return transaction.execute(status -> jdbc.sql("""
				select coalesce(from_status, '') || '->' || to_status from payment_status_history
				 where payment_id = ? order by id""").param(paymentId).query(String.class).list());
	}

	/** No row of the ledger_replay_mismatches view: replaying the ledger yields the stored amounts. */
	long ledgerMismatches(UUID depositId) {
		return count("select count(*) from ledger_replay_mismatches where deposit_id = ?", depositId);
	}

	JdbcClient jdbc() {
		return jdbc;
	}

	<T> T inTransaction(java.util.function.Supplier<T> work) {
		return transaction.execute(status -> work.get());
	}

	private long count(String sql, UUID id) {
		return transaction.execute(status -> jdbc.sql(sql).param(id).query(Long.class).single());
	}

}
