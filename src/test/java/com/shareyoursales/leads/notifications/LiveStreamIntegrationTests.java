package com.shareyoursales.leads.notifications;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.shareyoursales.leads.leads.LeadSubmitted;
import com.shareyoursales.leads.leads.LeadsSubmitted;
import com.shareyoursales.leads.notifications.internal.LiveEvents;
import com.shareyoursales.leads.support.ApiClient;
import com.shareyoursales.leads.support.TestActors;
import com.shareyoursales.leads.support.TestActors.Actor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The live stream: an open page receives notifications, balances and lead statuses as they happen. */
@ChannelIntegrationTest
class LiveStreamIntegrationTests {

	private static final Duration ONE_SECOND = Duration.ofSeconds(1);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	TestActors actors;

	@Autowired
	DepositFixtures deposits;

	@Autowired
	Outboxes outboxes;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Environment environment;

	@Autowired
	LiveEvents live;

	@Test
	void pushesTheDashboardNotificationAndTheBalanceWithinASecond() throws Exception {
		// given a merchant's open page
		Actor merchant = actors.merchant();
		UUID deposit = deposits.fundedDeposit(merchant.id(), "1000.00");
		awaitCreditConfirmed(merchant);
		try (SseClient stream = SseClient.open(streamUrl(merchant.token()))) {
			assertThat(stream.status()).isEqualTo(200);

			// when its deposit falls to WARNING
			outboxes.adjust(deposit, "-850.00");

			// then the page receives the notification and the new balance within a second
			SseClient.Event notification = stream.next("notification", ONE_SECOND);
			assertThat(notification).as("notification event").isNotNull();
			JsonNode body = JSON.readTree(notification.data());
			assertThat(body.path("type").asString()).isEqualTo("DEPOSIT_WARNING");
			assertThat(body.path("title").asString()).isEqualTo("Dépôt : niveau bas");
			assertThat(body.path("readAt").isNull()).isTrue();

			SseClient.Event balance = stream.next("deposit", ONE_SECOND);
			assertThat(balance).as("deposit event").isNotNull();
			JsonNode json = JSON.readTree(balance.data());
			assertThat(json.path("depositId").asString()).isEqualTo(deposit.toString());
			assertThat(json.path("available").asString()).isEqualTo("150.00");
			assertThat(json.path("alertLevel").asString()).isEqualTo("WARNING");
		}
	}

	@Test
	void pushesANewLeadToTheMerchantAndNotToOthers() throws Exception {
		// given the pages of the merchant and of another merchant
		Actor merchant = actors.merchant();
		Actor other = actors.merchant();
		Actor influencer = actors.influencer();
		UUID deposit = deposits.fundedDeposit(merchant.id(), "1000.00");
		awaitCreditConfirmed(merchant);
		try (SseClient mine = SseClient.open(streamUrl(merchant.token()));
				SseClient theirs = SseClient.open(streamUrl(other.token()))) {

			// when a lead is submitted to the merchant
			UUID leadId = UUID.randomUUID();
			LeadSubmitted submitted = new LeadSubmitted(leadId, UUID.randomUUID(), merchant.id(), influencer.id(),
					deposit, new BigDecimal("500.00"), new BigDecimal("50.00"), "INSTAGRAM", "Rabat", "Salma B.",
					Instant.now().plus(Duration.ofHours(72)), Instant.now());
			transactions.executeWithoutResult(status -> events.publishEvent(new LeadsSubmitted(List.of(submitted))));

			// then the merchant's page gets the lead, its notification and its deposit; the other page nothing
			SseClient.Event lead = mine.next("lead", ONE_SECOND);
			assertThat(lead).isNotNull();
			assertThat(JSON.readTree(lead.data()).path("id").asString()).isEqualTo(leadId.toString());
			assertThat(JSON.readTree(lead.data()).path("status").asString()).isEqualTo("PENDING");
			assertThat(mine.next("notification", ONE_SECOND)).isNotNull();
			assertThat(theirs.next("lead", Duration.ofMillis(300))).isNull();
		}
	}

	@Test
	void readsAReferencedBalanceOnlyForTheMerchantItBelongsTo() throws Exception {
		// given two merchants' open pages, and the first one's deposit
		Actor merchant = actors.merchant();
		Actor other = actors.merchant();
		UUID deposit = deposits.fundedDeposit(merchant.id(), "1000.00");
		awaitCreditConfirmed(merchant);
		try (SseClient mine = SseClient.open(streamUrl(merchant.token()));
				SseClient theirs = SseClient.open(streamUrl(other.token()))) {

			// when a push names the deposit for the other merchant, then for its owner
			live.publishReference(other.id(), "deposit", deposit);
			live.publishReference(merchant.id(), "deposit", deposit);

			// then the owner's page gets the balance read when delivered; the other page nothing
			SseClient.Event balance = mine.next("deposit", ONE_SECOND);
			assertThat(balance).as("deposit event").isNotNull();
			assertThat(JSON.readTree(balance.data()).path("depositId").asString()).isEqualTo(deposit.toString());
			assertThat(JSON.readTree(balance.data()).path("available").asString()).isEqualTo("1000.00");
			assertThat(theirs.next("deposit", Duration.ofMillis(300))).isNull();
		}
	}

	@Test
	void refusesTheStreamWithoutAToken() throws Exception {
		try (SseClient stream = SseClient.open(baseUrl() + "/api/notifications/stream")) {
			assertThat(stream.status()).isEqualTo(401);
		}
	}

	@Test
	void acceptsTheTokenInTheQueryOnlyOnTheStream() {
		ApiClient.Response list = actors.api()
			.get("/api/notifications?access_token=" + actors.merchant().token(), null);
		assertThat(list.status()).isEqualTo(401);
	}

	private void awaitCreditConfirmed(Actor merchant) {
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> outboxes.dashboard(merchant.id(), "DEPOSIT_CREDITED") == 1);
	}

	private String streamUrl(String token) {
		return baseUrl() + "/api/notifications/stream?access_token=" + token;
	}

	private String baseUrl() {
		return "http://localhost:" + environment.getProperty("local.server.port");
	}

}
