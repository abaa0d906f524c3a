package com.shareyoursales.leads.notifications;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import com.shareyoursales.leads.deposits.DepositLevelChanged;
import com.shareyoursales.leads.shared.AlertLevel;
import com.shareyoursales.leads.support.ApiClient;
import com.shareyoursales.leads.support.MutableClock;
import com.shareyoursales.leads.support.TestActors;
import com.shareyoursales.leads.support.TestActors.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static com.shareyoursales.leads.notifications.Channel.DASHBOARD;
import static com.shareyoursales.leads.notifications.Channel.EMAIL;
import static com.shareyoursales.leads.notifications.Channel.SMS;
import static com.shareyoursales.leads.notifications.Channel.WHATSAPP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** SPEC "Alert levels" end to end: a deposit moves, the merchant is told on the level's channels, once. */
@ChannelIntegrationTest
class DepositAlertsIntegrationTests {

	@Autowired
	TestActors actors;

	@Autowired
	DepositFixtures deposits;

	@Autowired
	Outboxes outboxes;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void tellsEachLevelOnTheChannelsOfTheSpecTable() {
		// given a merchant whose deposit was funded with 1000.00
		Actor merchant = actors.merchant();
		UUID deposit = deposits.fundedDeposit(merchant.id(), "1000.00");

		// when available falls to 45 %, 15 %, 5 %, then 0
		outboxes.adjust(deposit, "-550.00");
		// then each level is told on exactly its channels
		awaitChannels(merchant, "DEPOSIT_ATTENTION", EnumSet.of(DASHBOARD));

		outboxes.adjust(deposit, "-300.00");
		awaitChannels(merchant, "DEPOSIT_WARNING", EnumSet.of(EMAIL, DASHBOARD));

		outboxes.adjust(deposit, "-100.00");
		awaitChannels(merchant, "DEPOSIT_CRITICAL", EnumSet.of(EMAIL, SMS, WHATSAPP, DASHBOARD));

		outboxes.adjust(deposit, "-50.00");
		awaitChannels(merchant, "DEPOSIT_DEPLETED", EnumSet.of(EMAIL, SMS, WHATSAPP, DASHBOARD));

		// and every outside message was sent (SMTP and Twilio are configured here)
		for (String type : new String[] { "DEPOSIT_WARNING", "DEPOSIT_CRITICAL", "DEPOSIT_DEPLETED" }) {
			await().atMost(Duration.ofSeconds(20)).until(() -> outboxes.allSettled(merchant.id(), type));
			assertThat(outboxes.deliveries(merchant.id(), type)).allSatisfy(
					row -> assertThat(row.status()).as(row.toString()).isEqualTo(DeliveryStatus.SENT));
		}
		assertThat(Outboxes.mailsTo(merchant.email())).extracting(message -> message.getSubject())
			.containsExactlyInAnyOrder("Dépôt : niveau bas", "Dépôt : niveau critique", "Dépôt épuisé : leads bloqués",
					"Dépôt crédité de 1 000,00 MAD");
	}

	@Test
	void alertsALevelOncePerFundingCycle() {
		// given a deposit that went to WARNING
		Actor merchant = actors.merchant();
		UUID deposit = deposits.fundedDeposit(merchant.id(), "1000.00");
		outboxes.adjust(deposit, "-850.00");
		awaitChannels(merchant, "DEPOSIT_WARNING", EnumSet.of(EMAIL, DASHBOARD));

		// when it comes back to ATTENTION and falls to WARNING again in the same cycle
		outboxes.adjust(deposit, "+200.00");
		outboxes.adjust(deposit, "-200.00");
		// then nothing new; after a credit (a new cycle) the level is alerted again
		deposits.credit(deposit, merchant.id(), "1000.00");
		await().atMost(Duration.ofSeconds(10)).until(() -> outboxes.dashboard(merchant.id(), "DEPOSIT_CREDITED") == 2);
		assertThat(outboxes.dashboard(merchant.id(), "DEPOSIT_WARNING")).isEqualTo(1);

		outboxes.adjust(deposit, "-950.00");
		await().atMost(Duration.ofSeconds(10)).until(() -> outboxes.dashboard(merchant.id(), "DEPOSIT_WARNING") == 2);
	}

	@Test
	void confirmsByEmailWhenACreditLiftsTheLevel() {
		// given a depleted deposit
		Actor merchant = actors.signUp("MERCHANT", "en");
		UUID deposit = deposits.fundedDeposit(merchant.id(), "100.00");
		outboxes.adjust(deposit, "-100.00");
		awaitChannels(merchant, "DEPOSIT_DEPLETED", EnumSet.of(EMAIL, SMS, WHATSAPP, DASHBOARD));

		// when a payment credits it
		deposits.credit(deposit, merchant.id(), "1234.50");

		// then the merchant gets the confirmation in English, with the new level
		await().atMost(Duration.ofSeconds(20))
			.until(() -> Outboxes.mailsTo(merchant.email())
				.stream()
				.anyMatch(message -> subject(message).equals("Deposit credited with 1,234.50 MAD")));
		ApiClient.Response balance = actors.api()
			.get("/api/leads/deposits/balance?depositId=" + deposit, merchant.token());
		assertThat(balance.json().get(0).path("blocked").asBoolean()).isFalse();
	}

	@Test
	void replayedEventsSendNothingTwice() {
		// given a WARNING that was told and e-mailed
		Actor merchant = actors.merchant();
		UUID deposit = deposits.fundedDeposit(merchant.id(), "1000.00");
		outboxes.adjust(deposit, "-850.00");
		awaitChannels(merchant, "DEPOSIT_WARNING", EnumSet.of(EMAIL, DASHBOARD));
		await().atMost(Duration.ofSeconds(20)).until(() -> outboxes.allSettled(merchant.id(), "DEPOSIT_WARNING"));

		// when the same event is delivered again (at-least-once delivery), three times
		DepositLevelChanged replay = new DepositLevelChanged(deposit, merchant.id(), AlertLevel.ATTENTION,
				AlertLevel.WARNING, new BigDecimal("150.00"), new BigDecimal("1000.00"), clock.instant());
		for (int i = 0; i < 3; i++) {
			transactions.executeWithoutResult(status -> events.publishEvent(replay));
		}

		// then still one notification, one e-mail row and one e-mail
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
		assertThat(outboxes.dashboard(merchant.id(), "DEPOSIT_WARNING")).isEqualTo(1);
		assertThat(outboxes.deliveries(merchant.id(), "DEPOSIT_WARNING")).hasSize(1);
		assertThat(Outboxes.mailsTo(merchant.email()).stream().filter(m -> subject(m).equals("Dépôt : niveau bas")))
			.hasSize(1);
	}

	@Test
	void remindsCriticalAtMostEvery24HoursAndASecondRunAddsNothing() {
		// given a deposit that became CRITICAL
		Actor merchant = actors.merchant();
		UUID deposit = deposits.fundedDeposit(merchant.id(), "1000.00");
		outboxes.adjust(deposit, "-950.00");
		awaitChannels(merchant, "DEPOSIT_CRITICAL", EnumSet.of(EMAIL, SMS, WHATSAPP, DASHBOARD));

		// when the hourly check runs within the 24 hours
		clock.advance(Duration.ofHours(23));
		runDepositCheck();
		// then no reminder yet
		assertThat(outboxes.dashboard(merchant.id(), "DEPOSIT_REMINDER_CRITICAL")).isZero();

		// when it runs after 24 hours, twice
		clock.advance(Duration.ofHours(1).plusMinutes(1));
		runDepositCheck();
		runDepositCheck();
		// then one reminder, on the level's channels
		assertThat(outboxes.channels(merchant.id(), "DEPOSIT_REMINDER_CRITICAL"))
			.isEqualTo(EnumSet.of(EMAIL, SMS, WHATSAPP, DASHBOARD));
		assertThat(outboxes.dashboard(merchant.id(), "DEPOSIT_REMINDER_CRITICAL")).isEqualTo(1);

		// and the next one a day later
		clock.advance(Duration.ofHours(24));
		runDepositCheck();
		assertThat(outboxes.dashboard(merchant.id(), "DEPOSIT_REMINDER_CRITICAL")).isEqualTo(2);
	}

	private void runDepositCheck() {
		ApiClient.Response run = actors.api().post("/api/admin/jobs/deposit-check/run", null, actors.admin().token());
		assertThat(run.status()).as(run.toString()).isEqualTo(200);
		assertThat(run.json().path("outcome").asString()).isEqualTo("SUCCEEDED");
	}

	private void awaitChannels(Actor merchant, String type, EnumSet<Channel> expected) {
		await().atMost(Duration.ofSeconds(10)).until(() -> outboxes.channels(merchant.id(), type).equals(expected));
	}

	static String subject(jakarta.mail.internet.MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
