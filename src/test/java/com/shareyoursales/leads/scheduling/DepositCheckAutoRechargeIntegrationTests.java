package com.shareyoursales.leads.scheduling;

import java.time.Duration;
import java.util.UUID;

import com.shareyoursales.leads.notifications.ChannelIntegrationTest;
import com.shareyoursales.leads.notifications.DepositFixtures;
import com.shareyoursales.leads.notifications.Outboxes;
import com.shareyoursales.leads.support.ApiClient;
import com.shareyoursales.leads.support.TestActors;
import com.shareyoursales.leads.support.TestActors.Actor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The hourly deposit check also auto-recharges deposits already at their trigger, and counts it in its run. */
@ChannelIntegrationTest
class DepositCheckAutoRechargeIntegrationTests {

	@Autowired
	TestActors actors;

	@Autowired
	DepositFixtures deposits;

	@Autowired
	Outboxes outboxes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theDepositCheckTriesTheAutoRechargeOfADepositAtItsTriggerAndCountsIt() {
		// given a deposit at WARNING (its level event handled) and then an armed rule for WARNING without a saved card
		Actor merchant = actors.merchant();
		UUID deposit = deposits.fundedDeposit(merchant.id(), "1000.00");
		outboxes.adjust(deposit, "-850.00");
		await().atMost(Duration.ofSeconds(20)).until(() -> outboxes.dashboard(merchant.id(), "DEPOSIT_WARNING") == 1
				&& pendingLevelEvents(deposit) == 0);
		transactions.executeWithoutResult(status -> jdbc.sql("""
				insert into auto_recharge_rules (deposit_id, merchant_id, enabled, trigger_level, mode, amount)
				values (:deposit, :merchant, true, 'WARNING', 'FIXED', 500.00)""")
			.param("deposit", deposit)
			.param("merchant", merchant.id())
			.update());

		// when the deposit check runs
		JsonNode counts = run().path("counts");

		// then it tried the recharge, which stopped the rule (no card), and the merchant is told
		assertThat(counts.path("autoRechargesAtTrigger").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(counts.path("autoRechargesStopped").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(counts.has("autoRecharges")).isTrue();
		assertThat(stopReason(deposit)).isEqualTo("No saved card to charge");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> outboxes.dashboard(merchant.id(), "AUTO_RECHARGE_FAILED") == 1);

		// and a second run leaves the stopped rule alone
		run();
		assertThat(outboxes.dashboard(merchant.id(), "AUTO_RECHARGE_FAILED")).isEqualTo(1);
		assertThat(paymentsOf(deposit)).isEqualTo(1);
	}

	private JsonNode run() {
		ApiClient.Response response = actors.api()
			.post("/api/admin/jobs/deposit-check/run", null, actors.admin().token());
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().path("outcome").asString()).as(response.toString()).isEqualTo("SUCCEEDED");
		return response.json();
	}

	private long pendingLevelEvents(UUID deposit) {
		return transactions.execute(status -> jdbc.sql("""
				select count(*) from event_publication
				 where completion_date is null and event_type like '%DepositLevelChanged'
				   and serialized_event like '%' || :deposit || '%'""")
			.param("deposit", deposit.toString())
			.query(Long.class)
			.single());
	}

	private String stopReason(UUID deposit) {
		return transactions.execute(status -> jdbc
			.sql("select stop_reason from auto_recharge_rules where deposit_id = :deposit and stopped_at is not null")
			.param("deposit", deposit)
			.query(String.class)
			.optional()
			.orElse(null));
	}

	private long paymentsOf(UUID deposit) {
		return transactions.execute(status -> jdbc.sql("select count(*) from payments where deposit_id = :deposit")
			.param("deposit", deposit)
			.query(Long.class)
			.single());
	}

}
