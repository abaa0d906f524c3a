package com.shareyoursales.leads.notifications;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.shareyoursales.leads.support.TestActors;
import com.shareyoursales.leads.support.TestActors.Actor;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A real SMTP server (GreenMail) receives each merchant's alert in the merchant's language. */
@ChannelIntegrationTest
class EmailLanguageIntegrationTests {

	@Autowired
	TestActors actors;

	@Autowired
	DepositFixtures deposits;

	@Autowired
	Outboxes outboxes;

	@Test
	void sendsTheFrenchAlertWithFrenchAmounts() {
		MimeMessage mail = warningMailOf(actors.signUp("MERCHANT", "fr"));

		assertThat(DepositAlertsIntegrationTests.subject(mail)).isEqualTo("Dépôt : niveau bas");
		Map<String, String> parts = Outboxes.parts(mail);
		assertThat(parts.get("text/plain"))
			.contains("Attention : votre dépôt disponible n’est plus que de 150,00 MAD sur 1 234,50 MAD (12,2 %)");
		assertThat(parts.get("text/html")).contains("<html lang=\"fr\" dir=\"ltr\">").contains("1 234,50 MAD");
	}

	@Test
	void sendsTheEnglishAlertWithEnglishAmounts() {
		MimeMessage mail = warningMailOf(actors.signUp("MERCHANT", "en"));

		assertThat(DepositAlertsIntegrationTests.subject(mail)).isEqualTo("Deposit: low balance");
		assertThat(Outboxes.parts(mail).get("text/plain"))
			.contains("Warning: only 150.00 MAD of 1,234.50 MAD (12.2%) is left on your deposit.");
	}

	@Test
	void sendsTheArabicAlertRightToLeft() {
		MimeMessage mail = warningMailOf(actors.signUp("MERCHANT", "ar"));

		assertThat(DepositAlertsIntegrationTests.subject(mail)).isEqualTo("الرصيد: مستوى منخفض");
		Map<String, String> parts = Outboxes.parts(mail);
		assertThat(parts.get("text/plain")).contains("150,00 MAD").contains("1.234,50 MAD");
		assertThat(parts.get("text/html")).contains("<html lang=\"ar\" dir=\"rtl\">").contains("تنبيه");
	}

	@Test
	void sendsFromTheConfiguredSenderWithTextAndHtmlParts() throws Exception {
		MimeMessage mail = warningMailOf(actors.merchant());

		assertThat(mail.getFrom()[0].toString()).contains("no-reply@shareyoursales.ma");
		assertThat(Outboxes.parts(mail)).containsOnlyKeys("text/plain", "text/html");
	}

	/** Funds a deposit with 1234.50 and takes it down to 150.00 available (12.2 %: WARNING). */
	private MimeMessage warningMailOf(Actor merchant) {
		UUID deposit = deposits.fundedDeposit(merchant.id(), "1234.50");
		outboxes.adjust(deposit, "-1084.50");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> outboxes.channels(merchant.id(), "DEPOSIT_WARNING")
				.equals(EnumSet.of(Channel.EMAIL, Channel.DASHBOARD)) && outboxes.allSettled(merchant.id(), "DEPOSIT_WARNING"));
		List<MimeMessage> mails = Outboxes.mailsTo(merchant.email())
			.stream()
			.filter(mail -> !DepositAlertsIntegrationTests.subject(mail).contains("1")) // not the credit's confirmation
			.toList();
		assertThat(mails).hasSize(1);
		return mails.get(0);
	}

}
