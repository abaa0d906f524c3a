package com.shareyoursales.leads.platform;

import java.util.List;
import java.util.UUID;

import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.LeadFixtures;
import com.shareyoursales.leads.support.LeadFixtures.World;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The database's own wall: raw SQL in a user's context sees only that user's rows, whatever the application does. */
@IntegrationTest
class RowLevelSecurityIntegrationTests {

	@Autowired
	LeadFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aMerchantSeesNoneOfAnotherMerchantsRows() {
		World mine = fixtures.world("1000.00");
		World theirs = fixtures.world("1000.00");
		fixtures.submitted(mine, "500");
		fixtures.submitted(theirs, "500");

		List<UUID> leadMerchants = asUser(mine.merchant().id(), "MERCHANT",
				"select distinct merchant_id from leads");
		List<UUID> depositMerchants = asUser(mine.merchant().id(), "MERCHANT",
				"select distinct merchant_id from company_deposits");
		List<UUID> ledgerMerchants = asUser(mine.merchant().id(), "MERCHANT",
				"select distinct merchant_id from deposit_transactions");
		List<UUID> agreementMerchants = asUser(mine.merchant().id(), "MERCHANT",
				"select distinct merchant_id from influencer_agreements");
		transactions.executeWithoutResult(status -> jdbc.sql("select drain_lead_rollup_queue(null, true)")
			.query(Integer.class)
			.single());
		List<UUID> rollupMerchants = asUser(mine.merchant().id(), "MERCHANT",
				"select distinct merchant_id from lead_rollups where scope = 2");
		// a partition read directly, not through its parent's policies, shows nothing at all
		List<UUID> partitionMerchants = asUser(mine.merchant().id(), "MERCHANT",
				"select distinct merchant_id from lead_rollups_s2_m");
		int updated = transactions.execute(status -> {
			setUser(mine.merchant().id(), "MERCHANT");
			return jdbc.sql("update company_deposits set reference_amount = 1 where merchant_id = :m")
				.param("m", theirs.merchant().id())
				.update();
		});

		assertThat(leadMerchants).containsExactly(mine.merchant().id());
		assertThat(depositMerchants).containsExactly(mine.merchant().id());
		assertThat(ledgerMerchants).containsExactly(mine.merchant().id());
		assertThat(agreementMerchants).containsExactly(mine.merchant().id());
		assertThat(rollupMerchants).containsExactly(mine.merchant().id());
		assertThat(partitionMerchants).isEmpty();
		assertThat(updated).isZero();
	}

	@Test
	void anInfluencerSeesOnlyItsOwnLeadsAndNoDeposits() {
		World world = fixtures.world("1000.00");
		fixtures.submitted(world, "500");
		World other = fixtures.world("1000.00");
		fixtures.submitted(other, "500");

		List<UUID> influencers = asUser(world.influencer().id(), "INFLUENCER", "select influencer_id from leads");
		List<UUID> deposits = asUser(world.influencer().id(), "INFLUENCER", "select id from company_deposits");

		assertThat(influencers).containsExactly(world.influencer().id());
		assertThat(deposits).isEmpty();
	}

	@Test
	void withoutAnyContextNothingIsVisible() {
		fixtures.world("1000.00");
		List<UUID> visible = transactions.execute(status -> {
			jdbc.sql("select set_config('app.role', '', true)").query().singleValue();
			return jdbc.sql("select id from company_deposits").query(UUID.class).list();
		});
		assertThat(visible).isEmpty();
	}

	@Test
	void anyoneAppendsToTheRollupQueueButOnlyStaffReadOrTakeFromIt() {
		// the lead rollup trigger appends as whoever changed the lead (V53); the drain reads and deletes as SYSTEM
		World world = fixtures.world("1000.00");
		List<Integer> counts = transactions.execute(status -> {
			setUser(world.influencer().id(), "INFLUENCER");
			int appended = jdbc.sql("insert into lead_rollup_queue (deltas) values ('{}')").update();
			int seen = jdbc.sql("select count(*) from lead_rollup_queue").query(Integer.class).single();
			int taken = jdbc.sql("delete from lead_rollup_queue").update();
			setUser(world.influencer().id(), "SYSTEM");
			int seenByStaff = jdbc.sql("select count(*) from lead_rollup_queue").query(Integer.class).single();
			status.setRollbackOnly();
			return List.of(appended, seen, taken, seenByStaff);
		});

		assertThat(counts.subList(0, 3)).as("appended, seen, taken by an influencer").containsExactly(1, 0, 0);
		assertThat(counts.get(3)).as("seen by staff").isPositive();
	}

	@Test
	void everyPolicyReadsTheUserOncePerStatementNotOncePerRow() {
		// a bare app_is_staff() / app_user_id() / app_role() in a policy is evaluated for every row (V44)
		List<String> perRow = jdbc.sql("""
				select tablename || '.' || policyname from pg_policies
				 where schemaname = 'public'
				   and (qual ~* :perRow or with_check ~* :perRow)""")
			.param("perRow", "(?<!select )\\m(app_is_staff|app_user_id|app_role)\\(\\)")
			.query(String.class)
			.list();
		List<String> policies = jdbc.sql("select tablename || '.' || policyname from pg_policies where schemaname = 'public'")
			.query(String.class)
			.list();

		assertThat(policies).contains("leads.leads_parties", "lead_rollups.lead_rollups_read");
		assertThat(perRow).isEmpty();
	}

	private List<UUID> asUser(UUID user, String role, String sql) {
		return transactions.execute(status -> {
			setUser(user, role);
			return jdbc.sql(sql).query(UUID.class).list();
		});
	}

	private void setUser(UUID user, String role) {
		jdbc.sql("select set_config('app.user_id', :u, true), set_config('app.role', :r, true)")
			.param("u", user.toString())
			.param("r", role)
			.query()
			.singleRow();
	}

}
