package com.shareyoursales.leads.notifications;

import java.math.BigDecimal;
import java.util.UUID;

import com.shareyoursales.leads.deposits.DepositLedger;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Funds deposits as a succeeded payment would (the payments module publishes through the same ledger call): a
 * payment row and {@code DepositLedger.credit}, in one system transaction.
 */
@TestComponent
public class DepositFixtures {

	private final DepositLedger ledger;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	DepositFixtures(DepositLedger ledger, JdbcClient jdbc, TransactionTemplate transactions) {
		this.ledger = ledger;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Opens the merchant's general deposit and credits it; returns the deposit's id. */
	public UUID fundedDeposit(UUID merchantId, String amount) {
		UUID depositId = transactions.execute(status -> ledger.open(merchantId, null));
		credit(depositId, merchantId, amount);
		return depositId;
	}

	public UUID credit(UUID depositId, UUID merchantId, String amount) {
		return transactions.execute(status -> {
			UUID paymentId = jdbc.sql("""
					insert into payments (merchant_id, deposit_id, method, amount, status, external_key, succeeded_at)
					values (:merchant, :deposit, 'BANK_TRANSFER', :amount, 'SUCCEEDED', :key, now()) returning id""")
				.param("merchant", merchantId)
				.param("deposit", depositId)
				.param("amount", new BigDecimal(amount))
				.param("key", UUID.randomUUID().toString())
				.query(UUID.class)
				.single();
			ledger.credit(depositId, paymentId, new BigDecimal(amount), null);
			return paymentId;
		});
	}

}
