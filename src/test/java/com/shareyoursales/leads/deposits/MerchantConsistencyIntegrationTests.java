package com.shareyoursales.leads.deposits;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.LeadFixtures;
import com.shareyoursales.leads.support.LeadFixtures.World;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database keeps a lead, its campaign and its deposit with one merchant, and a ledger row with its deposit's
 * merchant (V58): the service never writes otherwise, so these writes go around it, straight to the tables.
 */
@IntegrationTest
class MerchantConsistencyIntegrationTests {

	@Autowired
	LeadFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aLeadKeepsItsCampaignsAndItsDepositsMerchant() {
		World a = fixtures.world("1000.00");
		World b = fixtures.world("1000.00");

		// the same insert with the lead's own campaign, merchant and deposit is taken (rolled back)
		assertThat(insertLeadRolledBack(a.campaignId(), a.merchant().id(), a.depositId(), a.influencer().id()))
			.isNotNull();

		assertRefused(() -> insertLeadRolledBack(a.campaignId(), a.merchant().id(), b.depositId(), a.influencer().id()),
				"leads_deposit_merchant_fkey");
		assertRefused(() -> insertLeadRolledBack(a.campaignId(), b.merchant().id(), b.depositId(), a.influencer().id()),
				"leads_campaign_merchant_fkey");
	}

	@Test
	void aLedgerRowKeepsItsDepositsMerchant() {
		World a = fixtures.world("1000.00");
		World b = fixtures.world("1000.00");

		assertThat(insertAdjustmentRolledBack(a.depositId(), a.merchant().id())).isNotNull();

		assertRefused(() -> insertAdjustmentRolledBack(a.depositId(), b.merchant().id()),
				"deposit_transactions_deposit_merchant_fkey");
	}

	@Test
	void aCampaignsDepositBelongsToTheCampaignsMerchant() {
		World a = fixtures.world("1000.00");
		World b = fixtures.world("1000.00");

		assertRefused(() -> transactions.execute(status -> {
			status.setRollbackOnly();
			return jdbc.sql("insert into company_deposits (merchant_id, campaign_id) values (:m, :c) returning id")
				.param("m", b.merchant().id())
				.param("c", a.campaignId())
				.query(UUID.class)
				.single();
		}), "company_deposits_campaign_merchant_fkey");
	}

	private UUID insertLeadRolledBack(UUID campaign, UUID merchant, UUID deposit, UUID influencer) {
		Instant now = Instant.now();
		return transactions.execute(status -> {
			status.setRollbackOnly();
			return jdbc.sql("""
					insert into leads (campaign_id, merchant_id, influencer_id, deposit_id, customer_name, customer_phone,
					                   service_value, commission, source, consent, created_at, expires_at)
					values (?, ?, ?, ?, 'Client', ?, 500.00, 50.00, 'INSTAGRAM', true, ?, ?) returning id""")
				.params(campaign, merchant, influencer, deposit, LeadFixtures.newPhone(), Timestamp.from(now),
						Timestamp.from(now.plus(Duration.ofHours(72))))
				.query(UUID.class)
				.single();
		});
	}

	/** A ledger row written by hand (the ledger functions always take the deposit's own merchant). */
	private Long insertAdjustmentRolledBack(UUID deposit, UUID merchant) {
		return transactions.execute(status -> {
			status.setRollbackOnly();
			return jdbc.sql("""
					insert into deposit_transactions (deposit_id, merchant_id, type, amount, balance_after, reserved_after,
					                                  reason)
					values (?, ?, 'ADJUSTMENT', ?, 1001.00, 0, 'test') returning id""")
				.params(deposit, merchant, new BigDecimal("1.00"))
				.query(Long.class)
				.single();
		});
	}

	private static void assertRefused(Runnable write, String constraint) {
		assertThatThrownBy(write::run).isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining(constraint);
	}

}
