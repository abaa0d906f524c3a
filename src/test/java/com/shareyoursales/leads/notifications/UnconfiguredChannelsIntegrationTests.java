package com.shareyoursales.leads.notifications;

import java.time.Duration;
import java.util.UUID;

import com.shareyoursales.leads.deposits.DepositLedger;
import com.shareyoursales.leads.support.ApiClient;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.TestActors;
import com.shareyoursales.leads.support.TestActors.Actor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Without SMTP or Twilio settings (the shared test context), messages are SKIPPED with the reason, never lost. */
@IntegrationTest
class UnconfiguredChannelsIntegrationTests {

	@Autowired
	TestActors actors;

	@Autowired
	DepositLedger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void skipsEveryOutsideChannelWithTheReasonVisibleToAdmins() {
		// given a merchant whose deposit becomes CRITICAL
		Actor merchant = actors.merchant();
		UUID deposit = new DepositFixtures(ledger, jdbc, transactions).fundedDeposit(merchant.id(), "1000.00");
		ApiClient.Response adjusted = actors.api()
			.post("/api/leads/deposits/" + deposit + "/adjustments", ApiClient.body("amount", "-950.00", "reason", "test"),
					actors.admin().token());
		assertThat(adjusted.status()).isEqualTo(201);

		// when the dispatcher has handled its messages
		// (three for the CRITICAL alert, one for the credit's confirmation, which lifted the level)
		await().atMost(Duration.ofSeconds(20)).until(() -> log(merchant, "SKIPPED").path("totalElements").asInt() == 4);

		// then the admins' log shows each with the reason, and the dashboard still got it
		JsonNode skipped = log(merchant, "SKIPPED").path("content");
		assertThat(skipped.findValuesAsString("lastError")).containsExactlyInAnyOrder(
				"E-mail is not configured (SPRING_MAIL_HOST is not set)",
				"E-mail is not configured (SPRING_MAIL_HOST is not set)",
				"Twilio is not configured (LEADS_TWILIO_ACCOUNT_SID / LEADS_TWILIO_AUTH_TOKEN)",
				"Twilio is not configured (LEADS_TWILIO_ACCOUNT_SID / LEADS_TWILIO_AUTH_TOKEN)");
		String id = skipped.get(0).path("id").asString();
		JsonNode attempts = actors.api().get("/api/admin/notifications/" + id + "/attempts", actors.admin().token()).json();
		assertThat(attempts.get(0).path("outcome").asString()).isEqualTo("SKIPPED");
		assertThat(actors.api().get("/api/notifications/unread-count", merchant.token()).json().path("count").asInt())
			.isEqualTo(2); // the credit's confirmation and the CRITICAL alert
	}

	@Test
	void onlyAdminsReadTheLog() {
		assertThat(actors.api().get("/api/admin/notifications", actors.merchant().token()).status()).isEqualTo(403);
		assertThat(actors.api().get("/api/admin/inbox", actors.merchant().token()).status()).isEqualTo(403);
	}

	private JsonNode log(Actor merchant, String status) {
		ApiClient.Response response = actors.api()
			.get("/api/admin/notifications?status=" + status + "&userId=" + merchant.id(), actors.admin().token());
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

}
