package com.shareyoursales.leads.payments;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.shareyoursales.leads.payments.PaymentFixtures.Started;
import com.shareyoursales.leads.payments.internal.CmiHash;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.TestActors.Actor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CmiIntegrationTests extends PaymentIntegrationTest {

	static final String STORE_KEY = "TEST|store\\key";

	@Autowired
	Environment environment;

	@Test
	void returnsTheHostedFormWithItsVer3Hash() {
		// given
		Actor merchant = actors.merchant();

		// when
		Started started = PaymentFixtures.openDeposit(api, merchant, "250.00", "CMI");

		// then
		JsonNode form = started.response().json().path("cmiForm");
		assertThat(form.path("url").asString()).isEqualTo("https://testpayment.cmi.co.ma/fim/est3Dgate");
		JsonNode fields = form.path("fields");
		assertThat(fields.path("clientid").asString()).isEqualTo("600000000");
		assertThat(fields.path("amount").asString()).isEqualTo("250.00");
		assertThat(fields.path("currency").asString()).isEqualTo("504");
		assertThat(fields.path("oid").asString())
			.isEqualTo(started.response().json().path("payment").path("externalKey").asString());
		assertThat(fields.path("TranType").asString()).isEqualTo("PreAuth");
		assertThat(fields.path("storetype").asString()).isEqualTo("3D_PAY_HOSTING");
		assertThat(fields.path("hashAlgorithm").asString()).isEqualTo("ver3");
		assertThat(fields.path("encoding").asString()).isEqualTo("UTF-8");
		assertThat(fields.path("lang").asString()).isEqualTo("fr");
		assertThat(fields.path("email").asString()).isEqualTo(merchant.email());
		assertThat(fields.path("BillToName").asString()).startsWith("Clinique");
		assertThat(fields.path("callbackUrl").asString()).endsWith("/api/payments/cmi/callback");
		assertThat(fields.path("okUrl").asString()).contains("paymentId=" + started.paymentId());
		assertThat(fields.path("rnd").asString()).isNotBlank();
		Map<String, String> signed = new LinkedHashMap<>();
		fields.properties().forEach(entry -> signed.put(entry.getKey(), entry.getValue().asString()));
		assertThat(fields.path("HASH").asString()).isEqualTo(CmiHash.ofCallback(signed, STORE_KEY));
	}

	@Test
	void anApprovedCallbackCreditsOnceHoweverOftenItComes() {
		// given
		Actor merchant = actors.merchant();
		Started started = PaymentFixtures.openDeposit(api, merchant, "410.00", "CMI");
		Map<String, String> callback = callback(started, "00");

		// when / then
		for (int i = 0; i < 3; i++) {
			assertThat(post(callback)).isEqualTo("ACTION=POSTAUTH");
		}
		assertThat(database.creditRows(started.paymentId())).isEqualTo(1);
		assertThat(database.status(started.paymentId())).isEqualTo("SUCCEEDED");
		assertThat(PaymentFixtures.balanceOf(api, merchant, started.depositId())).isEqualTo("410.00");
	}

	@Test
	void forgedUnknownOrMismatchedCallbacksAnswerFailureAndChangeNothing() {
		// given
		Actor merchant = actors.merchant();
		Started started = PaymentFixtures.openDeposit(api, merchant, "90.00", "CMI");
		Map<String, String> forged = callback(started, "00");
		forged.put("HASH", CmiHash.ofCallback(forged, "another-store-key"));
		Map<String, String> unknown = callback(started, "00");
		unknown.put("oid", "LDS-UNKNOWN");
		Map<String, String> otherAmount = callback(started, "00");
		otherAmount.put("amount", "9000.00");

		// when / then
		assertThat(post(forged)).isEqualTo("FAILURE");
		assertThat(post(signed(unknown))).isEqualTo("FAILURE");
		assertThat(post(signed(otherAmount))).isEqualTo("FAILURE");
		Map<String, String> tampered = callback(started, "00");
		tampered.put("amount", "9000.00");
		assertThat(post(tampered)).isEqualTo("FAILURE");
		assertThat(database.creditRows(started.paymentId())).isZero();
		assertThat(database.status(started.paymentId())).isEqualTo("PENDING");
	}

	@Test
	void aDeclinedCallbackFailsThePaymentAndALaterApprovalStillCredits() {
		// given
		Actor merchant = actors.merchant();
		Started started = PaymentFixtures.openDeposit(api, merchant, "60.00", "CMI");

		// when
		String declined = post(callback(started, "05"));

		// then
		assertThat(declined).isEqualTo("APPROVED");
		assertThat(database.status(started.paymentId())).isEqualTo("FAILED");
		assertThat(database.creditRows(started.paymentId())).isZero();

		// when the customer retries with another card
		assertThat(post(callback(started, "00"))).isEqualTo("ACTION=POSTAUTH");

		// then
		assertThat(database.status(started.paymentId())).isEqualTo("SUCCEEDED");
		assertThat(database.creditRows(started.paymentId())).isEqualTo(1);
		assertThat(database.history(started.paymentId())).containsExactly("->PENDING", "PENDING->FAILED",
				"FAILED->PENDING", "PENDING->SUCCEEDED");
	}

	/** What CMI posts back: the form's fields, the outcome, and a fresh HASH over all of them. */
	private Map<String, String> callback(Started started, String procReturnCode) {
		Map<String, String> fields = new LinkedHashMap<>();
		started.response().json().path("cmiForm").path("fields").properties()
			.forEach(entry -> fields.put(entry.getKey(), entry.getValue().asString()));
		fields.remove("HASH");
		fields.put("ProcReturnCode", procReturnCode);
		fields.put("Response", "00".equals(procReturnCode) ? "Approved" : "Declined");
		fields.put("TransId", "T" + started.paymentId().toString().substring(0, 8));
		fields.put("AuthCode", "00".equals(procReturnCode) ? "P12345" : "");
		fields.put("ErrMsg", "00".equals(procReturnCode) ? "" : "Insufficient funds | try later \\ bank");
		fields.put("EXTRA.CARDBRAND", "VISA");
		return signed(fields);
	}

	private static Map<String, String> signed(Map<String, String> fields) {
		fields.remove("HASH");
		fields.put("HASH", CmiHash.ofCallback(fields, STORE_KEY));
		return fields;
	}

	private String post(Map<String, String> fields) {
		String form = fields.entrySet()
			.stream()
			.map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + environment.getProperty("local.server.port")
					+ "/api/payments/cmi/callback"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		try {
			HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			return response.body();
		}
		catch (java.io.IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
