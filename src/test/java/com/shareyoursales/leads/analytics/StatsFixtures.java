package com.shareyoursales.leads.analytics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes campaigns, deposits and leads straight into the tables (as SYSTEM) so that tests control timestamps, while
 * going through the same triggers and deposit functions as the service: every lead reserves its commission, every
 * decision captures or releases it, so the ledger stays consistent.
 */
class StatsFixtures {

	record LeadSpec(UUID campaignId, UUID influencerId, Instant createdAt, String value, String commission,
			String source, String city, String status, Duration decidedAfter) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	StatsFixtures(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	static LeadSpec lead(UUID campaignId, UUID influencerId, String createdAt, String value, String commission,
			String source, String city, String status, Duration decidedAfter) {
		return new LeadSpec(campaignId, influencerId, Instant.parse(createdAt), value, commission, source, city, status,
				decidedAfter);
	}

	UUID campaign(UUID merchantId, String name) {
		return transactions.execute(tx -> {
			UUID campaign = jdbc.sql("insert into campaigns (merchant_id, name) values (?, ?) returning id")
				.params(merchantId, name)
				.query(UUID.class)
				.single();
			jdbc.sql("insert into campaign_settings (campaign_id, merchant_id) values (?, ?)")
				.params(campaign, merchantId)
				.update();
			return campaign;
		});
	}

	/** A general deposit funded with a succeeded payment through recharge_deposit. */
	UUID fundedDeposit(UUID merchantId, String amount) {
		return transactions.execute(tx -> {
			UUID deposit = jdbc.sql("insert into company_deposits (merchant_id) values (?) returning id")
				.param(merchantId)
				.query(UUID.class)
				.single();
			UUID payment = jdbc.sql("""
					insert into payments (merchant_id, deposit_id, method, amount, status, external_key, succeeded_at)
					values (?, ?, 'BANK_TRANSFER', ?, 'SUCCEEDED', ?, now()) returning id""")
				.params(merchantId, deposit, new BigDecimal(amount), "fixture-" + UUID.randomUUID())
				.query(UUID.class)
				.single();
			jdbc.sql("select outcome from recharge_deposit(?, ?, ?, null)")
				.params(deposit, payment, new BigDecimal(amount))
				.query(String.class)
				.single();
			return deposit;
		});
	}

	/** Inserts a lead, reserves it, then decides it (status and decidedAfter) as the lead module would. */
	UUID insert(UUID depositId, LeadSpec spec) {
		return transactions.execute(tx -> {
			UUID merchant = jdbc.sql("select merchant_id from campaigns where id = ?")
				.param(spec.campaignId())
				.query(UUID.class)
				.single();
			UUID lead = jdbc.sql("""
					insert into leads (campaign_id, merchant_id, influencer_id, deposit_id, customer_name, customer_phone,
					                   city, service_value, commission, source, consent, created_at, expires_at)
					values (?, ?, ?, ?, 'Client', ?, ?, ?, ?, ?, true, ?, ?) returning id""")
				.params(spec.campaignId(), merchant, spec.influencerId(), depositId,
						"+2126" + (10000000 + (int) (Math.random() * 89999999)), spec.city(), new BigDecimal(spec.value()),
						new BigDecimal(spec.commission()), spec.source(), java.sql.Timestamp.from(spec.createdAt()),
						java.sql.Timestamp.from(spec.createdAt().plus(Duration.ofHours(72))))
				.query(UUID.class)
				.single();
			move("reserve_on_deposit", depositId, lead, spec.commission());
			if (!"PENDING".equals(spec.status())) {
				decide(lead, spec.status(), spec.createdAt().plus(spec.decidedAfter()));
			}
			return lead;
		});
	}

	/** Decides a pending lead at an instant and captures or releases its commission (inside a transaction). */
	void decide(UUID lead, String status, Instant at) {
		var row = jdbc.sql("select deposit_id, commission from leads where id = ?")
			.param(lead)
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getBigDecimal(2) })
			.single();
		jdbc.sql("""
				update leads set status = ?, decided_at = ?,
				       rejection_reason = case when ? = 'REJECTED' then 'NOT_INTERESTED' end
				 where id = ?""")
			.params(status, java.sql.Timestamp.from(at), status, lead)
			.update();
		move("VALIDATED".equals(status) ? "deduct_from_deposit" : "release_reservation", (UUID) row[0], lead,
				((BigDecimal) row[1]).toPlainString());
	}

	private void move(String function, UUID deposit, UUID lead, String amount) {
		String outcome = jdbc.sql("select outcome from " + function + "(?, ?, ?, null)")
			.params(deposit, lead, new BigDecimal(amount))
			.query(String.class)
			.single();
		if (!"OK".equals(outcome)) {
			throw new IllegalStateException(function + " " + outcome);
		}
	}

}
