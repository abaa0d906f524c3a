package com.shareyoursales.leads.notifications;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import com.shareyoursales.leads.payments.AutoRechargeFailed;
import com.shareyoursales.leads.support.MutableClock;
import com.shareyoursales.leads.support.TestActors;
import com.shareyoursales.leads.support.TestActors.Actor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static com.shareyoursales.leads.notifications.Channel.DASHBOARD;
import static com.shareyoursales.leads.notifications.Channel.EMAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A stopped auto-recharge is told to its merchant on the dashboard and by e-mail, in its language, once. */
@ChannelIntegrationTest
class AutoRechargeFailedIntegrationTests {

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

	@Test
	void tellsTheMerchantInArabicOnTheDashboardAndByEmailOnceWhenTheEventIsReplayed() {
		// given an Arabic-speaking merchant whose auto-recharge was declined
		Actor merchant = actors.signUp("MERCHANT", "ar");
		UUID deposit = deposits.fundedDeposit(merchant.id(), "1000.00");
		AutoRechargeFailed failed = new AutoRechargeFailed(deposit, merchant.id(), null, "DECLINED",
				"Your card was declined.", clock.instant());

		// when the event is delivered, then delivered again once the first delivery is done (as a replay after a
		// restart would; two deliveries of one event at the same moment are not a case Modulith's registry tracks)
		transactions.executeWithoutResult(status -> events.publishEvent(failed));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> outboxes.allSettled(merchant.id(), "AUTO_RECHARGE_FAILED"));
		transactions.executeWithoutResult(status -> events.publishEvent(failed));
		await().atMost(Duration.ofSeconds(20)).until(() -> outboxes.incompletePublications(deposit) == 0);

		// then one dashboard notification and one e-mail, in Arabic with the reason translated
		assertThat(outboxes.channels(merchant.id(), "AUTO_RECHARGE_FAILED")).isEqualTo(EnumSet.of(DASHBOARD, EMAIL));
		assertThat(outboxes.dashboard(merchant.id(), "AUTO_RECHARGE_FAILED")).isEqualTo(1);
		assertThat(outboxes.deliveries(merchant.id(), "AUTO_RECHARGE_FAILED")).singleElement()
			.satisfies(row -> assertThat(row.status()).isEqualTo(DeliveryStatus.SENT));
		assertThat(Outboxes.mailsTo(merchant.email())
			.stream()
			.filter(mail -> DepositAlertsIntegrationTests.subject(mail).equals("توقفت إعادة الشحن التلقائي")))
			.singleElement()
			.satisfies(mail -> assertThat(Outboxes.parts(mail).get("text/plain")).contains("تم رفض بطاقتك")
				.doesNotContain("DECLINED"));
	}

}
