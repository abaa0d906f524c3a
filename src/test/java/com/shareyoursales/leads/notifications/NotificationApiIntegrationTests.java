package com.shareyoursales.leads.notifications;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.shareyoursales.leads.leads.LeadExpired;
import com.shareyoursales.leads.leads.LeadRejected;
import com.shareyoursales.leads.leads.LeadSubmitted;
import com.shareyoursales.leads.leads.LeadsSubmitted;
import com.shareyoursales.leads.leads.LeadValidated;
import com.shareyoursales.leads.leads.LeadsDecided;
import com.shareyoursales.leads.payments.PaymentFailed;
import com.shareyoursales.leads.payments.PaymentMethod;
import com.shareyoursales.leads.support.ApiClient;
import com.shareyoursales.leads.support.LeadFixtures;
import com.shareyoursales.leads.support.TestActors;
import com.shareyoursales.leads.support.TestActors.Actor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Who is told of lead events, and the dashboard API: unread first, counts, read, read-all, own only. */
@ChannelIntegrationTest
class NotificationApiIntegrationTests {

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
	LeadFixtures leads;

	@Autowired
	JdbcClient jdbc;

	@Test
	void tellsTheMerchantOfEachNewLeadAndTheInfluencerOfEachDecision() {
		// given a merchant, an influencer and three leads
		Actor merchant = actors.merchant();
		Actor influencer = actors.signUp("INFLUENCER", "en");
		UUID deposit = deposits.fundedDeposit(merchant.id(), "1000.00");
		UUID validated = submit(merchant, influencer, deposit);
		UUID rejected = submit(merchant, influencer, deposit);
		UUID expired = submit(merchant, influencer, deposit);

		// when the merchant decides two and the third expires
		publish(new LeadsDecided(List.of(new LeadValidated(validated, UUID.randomUUID(), merchant.id(), influencer.id(),
				deposit, new BigDecimal("50.00"), false, Instant.now()))));
		publish(new LeadsDecided(List.of(new LeadRejected(rejected, UUID.randomUUID(), merchant.id(), influencer.id(),
				deposit, new BigDecimal("50.00"), "NOT_REACHABLE", null, Instant.now()))));
		publish(new LeadsDecided(List.of(new LeadExpired(expired, UUID.randomUUID(), merchant.id(), influencer.id(),
				deposit, new BigDecimal("50.00"), Instant.now()))));

		// then the merchant saw three new leads and the expiry; the influencer each outcome, also by e-mail
		await().atMost(Duration.ofSeconds(10)).until(() -> outboxes.dashboard(influencer.id(), "LEAD_EXPIRED") == 1);
		await().atMost(Duration.ofSeconds(10)).until(() -> outboxes.dashboard(merchant.id(), "LEAD_SUBMITTED") == 3);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> outboxes.dashboard(merchant.id(), "LEAD_EXPIRED_MERCHANT") == 1);
		for (String type : new String[] { "LEAD_VALIDATED", "LEAD_REJECTED", "LEAD_EXPIRED" }) {
			await().atMost(Duration.ofSeconds(10))
				.until(() -> outboxes.channels(influencer.id(), type)
					.equals(java.util.EnumSet.of(Channel.DASHBOARD, Channel.EMAIL)));
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> Outboxes.mailsTo(influencer.email()).size() == 3);
		assertThat(Outboxes.mailsTo(influencer.email())).extracting(DepositAlertsIntegrationTests::subject)
			.containsExactlyInAnyOrder("Lead validated", "Lead rejected", "Lead expired");
	}

	@Test
	void tellsTheInfluencerOfAProposedAgreementAndTheMerchantOfItsSignature() {
		// given a merchant and an influencer who reads English
		Actor merchant = actors.merchant();
		Actor influencer = actors.signUp("INFLUENCER", "en");

		// when the merchant proposes an agreement over HTTP and the influencer signs it
		leads.signAgreement(merchant, influencer, null);

		// then the influencer was told on its dashboard and by e-mail, the merchant on its dashboard
		await().atMost(Duration.ofSeconds(10))
			.until(() -> outboxes.channels(influencer.id(), "AGREEMENT_PROPOSED")
				.equals(java.util.EnumSet.of(Channel.DASHBOARD, Channel.EMAIL)));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> outboxes.channels(merchant.id(), "AGREEMENT_SIGNED").equals(java.util.EnumSet.of(Channel.DASHBOARD)));
		await().atMost(Duration.ofSeconds(20)).until(() -> Outboxes.mailsTo(influencer.email()).size() == 1);
		assertThat(Outboxes.mailsTo(influencer.email())).extracting(DepositAlertsIntegrationTests::subject)
			.containsExactly("New agreement proposed by " + merchantName(merchant));
	}

	private String merchantName(Actor merchant) {
		return transactions.execute(status -> jdbc.sql("select coalesce(company_name, display_name) from users where id = ?")
			.param(merchant.id())
			.query(String.class)
			.single());
	}

	@Test
	void tellsTheMerchantOfAFailedPayment() {
		// given a merchant's deposit
		Actor merchant = actors.signUp("MERCHANT", "en");
		UUID deposit = deposits.fundedDeposit(merchant.id(), "1000.00");

		// when a recharge fails
		publish(new PaymentFailed(UUID.randomUUID(), merchant.id(), deposit, PaymentMethod.STRIPE,
				new BigDecimal("500.00"), "card_declined", Instant.now()));

		// then the merchant is told on the dashboard and by e-mail, in English
		await().atMost(Duration.ofSeconds(20))
			.until(() -> Outboxes.mailsTo(merchant.email())
				.stream()
				.anyMatch(mail -> DepositAlertsIntegrationTests.subject(mail).equals("Payment not completed")));
		assertThat(outboxes.channels(merchant.id(), "PAYMENT_FAILED"))
			.isEqualTo(java.util.EnumSet.of(Channel.DASHBOARD, Channel.EMAIL));
	}

	@Test
	void listsUnreadFirstAndCountsThem() {
		// given three notifications, the oldest one unread and the two newer ones read... then one more
		Actor merchant = actors.merchant();
		Actor influencer = actors.influencer();
		UUID deposit = deposits.fundedDeposit(merchant.id(), "1000.00");
		submit(merchant, influencer, deposit);
		await().atMost(Duration.ofSeconds(10)).until(() -> outboxes.dashboard(merchant.id(), "LEAD_SUBMITTED") == 1);
		ApiClient api = actors.api();
		assertThat(api.put("/api/notifications/read-all", null, merchant.token()).json().path("updated").asInt())
			.isEqualTo(2); // the credit's confirmation and the lead
		submit(merchant, influencer, deposit);
		await().atMost(Duration.ofSeconds(10)).until(() -> outboxes.dashboard(merchant.id(), "LEAD_SUBMITTED") == 2);

		// when the merchant lists them
		JsonNode page = api.get("/api/notifications?page=0&size=10", merchant.token()).json();

		// then the unread one comes first, and the count says one
		assertThat(page.path("totalElements").asInt()).isEqualTo(3);
		assertThat(page.path("content").get(0).path("readAt").isNull()).isTrue();
		assertThat(page.path("content").get(1).path("readAt").isNull()).isFalse();
		assertThat(api.get("/api/notifications/unread-count", merchant.token()).json().path("count").asInt())
			.isEqualTo(1);

		// and reading it brings the count to zero
		String id = page.path("content").get(0).path("id").asString();
		ApiClient.Response read = api.put("/api/notifications/" + id + "/read", null, merchant.token());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().path("readAt").isNull()).isFalse();
		assertThat(api.get("/api/notifications/unread-count", merchant.token()).json().path("count").asInt()).isZero();
	}

	@Test
	void anotherUsersNotificationIsNotFound() {
		// given a notification of a merchant
		Actor merchant = actors.merchant();
		deposits.fundedDeposit(merchant.id(), "1000.00");
		await().atMost(Duration.ofSeconds(10)).until(() -> outboxes.dashboard(merchant.id(), "DEPOSIT_CREDITED") == 1);
		String id = actors.api().get("/api/notifications", merchant.token()).json().path("content").get(0).path("id")
			.asString();

		// when someone else marks it read
		Actor other = actors.merchant();
		ApiClient.Response response = actors.api().put("/api/notifications/" + id + "/read", null, other.token());

		// then it is not found, and still unread
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.code()).isEqualTo("NOT_FOUND");
		assertThat(actors.api().get("/api/notifications/unread-count", merchant.token()).json().path("count").asInt())
			.isEqualTo(1);
		assertThat(actors.api().get("/api/notifications", other.token()).json().path("totalElements").asInt()).isZero();
	}

	@Test
	void letsAMerchantAskForTheDailyLeadDigest() {
		Actor merchant = actors.merchant();
		ApiClient.Response saved = actors.api()
			.put("/api/notifications/settings", ApiClient.body("leadEmailDigest", true), merchant.token());
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(actors.api().get("/api/notifications/settings", merchant.token()).json().path("leadEmailDigest")
			.asBoolean()).isTrue();
		ApiClient.Response influencer = actors.api()
			.put("/api/notifications/settings", ApiClient.body("leadEmailDigest", true), actors.influencer().token());
		assertThat(influencer.status()).isEqualTo(403);
	}

	private UUID submit(Actor merchant, Actor influencer, UUID deposit) {
		UUID leadId = UUID.randomUUID();
		publish(new LeadsSubmitted(List.of(new LeadSubmitted(leadId, UUID.randomUUID(), merchant.id(), influencer.id(),
				deposit, new BigDecimal("500.00"), new BigDecimal("50.00"), "TIKTOK", "Fès", "Youssef A.",
				Instant.now().plus(Duration.ofHours(72)), Instant.now()))));
		return leadId;
	}

	private void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

}
