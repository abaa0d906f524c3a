package com.shareyoursales.leads.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.shareyoursales.leads.support.ApiClient;
import com.shareyoursales.leads.support.TestActors;
import com.shareyoursales.leads.support.TestActors.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** WireMock speaks Twilio's Messages API: SMS and WhatsApp arrive with the right auth, addresses and text. */
@ChannelIntegrationTest
class TwilioIntegrationTests {

	private static final String MESSAGES = "/2010-04-01/Accounts/" + TestChannels.ACCOUNT_SID + "/Messages.json";

	@Autowired
	TestActors actors;

	@Autowired
	DepositFixtures deposits;

	@Autowired
	Outboxes outboxes;

	@AfterEach
	void restoreTwilio() {
		TestChannels.stubTwilio();
	}

	@Test
	void sendsCriticalAlertsBySmsAndWhatsApp() {
		// given a merchant with a Moroccan mobile number
		String mobile = uniqueMobile();
		Actor merchant = merchantWithPhone(mobile, "fr");

		// when its deposit becomes CRITICAL
		goCritical(merchant);

		// then Twilio received one SMS and one WhatsApp message, authenticated with the account's SID and token
		String e164 = "+212" + mobile.substring(1);
		List<LoggedRequest> requests = await().atMost(Duration.ofSeconds(20))
			.until(() -> TestChannels.twilio()
				.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)).withRequestBody(containing(
						java.net.URLEncoder.encode(e164, StandardCharsets.UTF_8)))),
					found -> found.size() == 2);
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((TestChannels.ACCOUNT_SID + ":" + TestChannels.AUTH_TOKEN).getBytes(StandardCharsets.UTF_8));
		assertThat(requests).allSatisfy(request -> {
			assertThat(request.getHeader("Authorization")).isEqualTo(basic);
			assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
			assertThat(request.formParameters().get("Body").firstValue()).startsWith("Dépôt : niveau critique\n")
				.contains("50,00 MAD sur 1 000,00 MAD");
		});
		assertThat(requests).extracting(request -> request.formParameters().get("To").firstValue() + " from "
				+ request.formParameters().get("From").firstValue())
			.containsExactlyInAnyOrder(e164 + " from " + TestChannels.SMS_FROM,
					"whatsapp:" + e164 + " from whatsapp:" + TestChannels.WHATSAPP_FROM);
		// and the provider's message ids are kept
		await().atMost(Duration.ofSeconds(10)).until(() -> outboxes.allSettled(merchant.id(), "DEPOSIT_CRITICAL"));
		assertThat(outboxes.deliveries(merchant.id(), "DEPOSIT_CRITICAL")).filteredOn(row -> row.channel() != Channel.EMAIL)
			.allSatisfy(row -> {
				assertThat(row.status()).isEqualTo(DeliveryStatus.SENT);
				assertThat(row.providerId()).startsWith("SM");
			});
	}

	@Test
	void skipsLandlinesWithTheReason() {
		// given a merchant whose phone is a Casablanca landline
		Actor merchant = merchantWithPhone("0522" + (100000 + ThreadLocalRandom.current().nextInt(899999)), "fr");

		// when its deposit becomes CRITICAL
		goCritical(merchant);

		// then SMS and WhatsApp are SKIPPED with the reason, the e-mail is sent
		await().atMost(Duration.ofSeconds(20)).until(() -> outboxes.allSettled(merchant.id(), "DEPOSIT_CRITICAL"));
		assertThat(outboxes.deliveries(merchant.id(), "DEPOSIT_CRITICAL")).extracting(row -> row.channel() + " "
				+ row.status() + " " + row.lastError())
			.containsExactlyInAnyOrder("EMAIL SENT null", "SMS SKIPPED Not a mobile number",
					"WHATSAPP SKIPPED Not a mobile number");
	}

	@Test
	void retriesServerErrorsAndGivesUpOnRefusals() {
		// given Twilio fails with 503 for SMS and refuses WhatsApp with 400
		String mobile = uniqueMobile();
		String e164 = "+212" + mobile.substring(1);
		TestChannels.twilio()
			.stubFor(post(urlPathEqualTo(MESSAGES)).withRequestBody(containing("To=%2B212" + mobile.substring(1)))
				.willReturn(aResponse().withStatus(503).withBody("{\"message\":\"Service unavailable\"}")));
		TestChannels.twilio()
			.stubFor(post(urlPathEqualTo(MESSAGES)).withRequestBody(containing("To=whatsapp%3A%2B212" + mobile.substring(1)))
				.willReturn(aResponse().withStatus(400)
					.withBody("{\"code\": 21211, \"message\": \"The 'To' number " + e164 + " is not valid.\", \"status\": 400}")));
		Actor merchant = merchantWithPhone(mobile, "fr");

		// when its deposit becomes CRITICAL
		goCritical(merchant);

		// then the SMS is tried again with back-off, WhatsApp FAILED at once with Twilio's answer kept
		await().atMost(Duration.ofSeconds(20))
			.until(() -> outboxes.deliveries(merchant.id(), "DEPOSIT_CRITICAL")
				.stream()
				.anyMatch(row -> row.channel() == Channel.SMS && row.attempts() >= 2));
		Outboxes.Row whatsapp = outboxes.deliveries(merchant.id(), "DEPOSIT_CRITICAL")
			.stream()
			.filter(row -> row.channel() == Channel.WHATSAPP)
			.findFirst()
			.orElseThrow();
		assertThat(whatsapp.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(whatsapp.attempts()).isEqualTo(1);
		assertThat(whatsapp.lastError()).contains("400").contains("is not valid");
	}

	private void goCritical(Actor merchant) {
		UUID deposit = deposits.fundedDeposit(merchant.id(), "1000.00");
		outboxes.adjust(deposit, "-950.00");
	}

	private Actor merchantWithPhone(String phone, String locale) {
		String email = "merchant-" + UUID.randomUUID() + "@test.ma";
		ApiClient.Response created = actors.api()
			.post("/api/auth/register", ApiClient.body("email", email, "password", "password-123", "role", "MERCHANT",
					"displayName", "Merchant", "phone", phone, "locale", locale, "companyName", "Auto-école Atlas"),
					null);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return actors.login(email, "password-123");
	}

	private static String uniqueMobile() {
		return "066" + (1000000 + ThreadLocalRandom.current().nextInt(8999999));
	}

}
