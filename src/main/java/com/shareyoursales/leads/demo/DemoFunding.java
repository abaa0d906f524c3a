package com.shareyoursales.leads.demo;

import java.math.BigDecimal;
import java.util.UUID;

import com.shareyoursales.leads.deposits.DepositLedger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Funds a demo merchant's general deposit as a confirmed bank transfer would: a SUCCEEDED payment and its credit. */
@Component
class DemoFunding {

	private final DepositLedger ledger;

	private final JdbcClient jdbc;

	DemoFunding(DepositLedger ledger, JdbcClient jdbc) {
		this.ledger = ledger;
		this.jdbc = jdbc;
	}

	@Transactional
	public void fund(UUID merchantId, BigDecimal amount) {
		UUID deposit = ledger.open(merchantId, null);
		UUID payment = jdbc.sql("""
				insert into payments (merchant_id, deposit_id, method, purpose, amount, status, external_key, succeeded_at)
				values (:merchant, :deposit, 'BANK_TRANSFER', 'INITIAL', :amount, 'SUCCEEDED', :key, now())
				returning id""")
			.param("merchant", merchantId)
			.param("deposit", deposit)
			.param("amount", amount)
			.param("key", "demo-" + UUID.randomUUID())
			.query(UUID.class)
			.single();
		ledger.credit(deposit, payment, amount, null);
	}

}
