package com.shareyoursales.leads.payments;

import java.util.Map;
import java.util.UUID;

import com.shareyoursales.leads.payments.PaymentFixtures.Started;
import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.TestActors.Actor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.shareyoursales.leads.support.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

/** Who may do what with payments and deposit funding, and what a bad request gets back. */
@IntegrationTest
class PaymentAccessIntegrationTests extends PaymentIntegrationTest {

	@Test
	void anotherMerchantSeesNeitherThePaymentNorTheDeposit() {
		// given
		Actor owner = actors.merchant();
		Actor other = actors.merchant();
		Started started = PaymentFixtures.openDeposit(api, owner, "100.00", "BANK_TRANSFER");

		// when / then
		assertThat(api.get("/api/payments/" + started.paymentId(), other.token()).status()).isEqualTo(404);
		assertThat(api.get("/api/payments/" + started.paymentId(), owner.token()).status()).isEqualTo(200);
		assertThat(api.get("/api/payments/" + started.paymentId(), actors.admin().token()).status()).isEqualTo(200);
		Response foreignRecharge = api.post("/api/leads/deposits/recharge",
				body("depositId", started.depositId(), "amount", "10.00", "method", "BANK_TRANSFER"), other.token());
		assertThat(foreignRecharge.status()).isEqualTo(404);
		assertThat(api.get("/api/payments", other.token()).json().path("totalElements").asLong()).isZero();
		assertThat(api.get("/api/payments?merchantId=" + owner.id(), other.token()).json().path("totalElements")
			.asLong()).isZero();
		assertThat(database.paymentsOfMerchant(other.id())).isZero();
	}

	@Test
	void merchantListsItsOwnPaymentsAndAdminFiltersByMerchant() {
		// given
		Actor merchant = actors.merchant();
		Started started = PaymentFixtures.openDeposit(api, merchant, "100.00", "BANK_TRANSFER");
		PaymentFixtures.recharge(api, merchant, started.depositId(), "20.00", "BANK_TRANSFER", false);
		api.post("/api/payments/" + started.paymentId() + "/confirm", null, actors.admin().token());

		// when
		Response own = api.get("/api/payments", merchant.token());
		Response adminSucceeded = api.get("/api/payments?merchantId=" + merchant.id() + "&status=SUCCEEDED",
				actors.admin().token());

		// then
		assertThat(own.json().path("totalElements").asLong()).isEqualTo(2);
		assertThat(own.json().path("content").get(0).path("amount").asString()).isEqualTo("20.00");
		assertThat(own.json().path("content").get(0).path("merchantName").asString()).startsWith("Clinique");
		assertThat(adminSucceeded.json().path("totalElements").asLong()).isEqualTo(1);
		assertThat(adminSucceeded.json().path("content").get(0).path("id").asString())
			.isEqualTo(started.paymentId().toString());
	}

	@Test
	void influencersAreForbiddenEverywhere() {
		// given
		Actor merchant = actors.merchant();
		Actor influencer = actors.influencer();
		Started started = PaymentFixtures.openDeposit(api, merchant, "100.00", "BANK_TRANSFER");
		String token = influencer.token();

		// when / then
		assertThat(api.post("/api/leads/deposits/create", body("amount", "10.00", "method", "BANK_TRANSFER"), token)
			.status()).isEqualTo(403);
		assertThat(api.post("/api/leads/deposits/recharge",
				body("depositId", started.depositId(), "amount", "10.00", "method", "BANK_TRANSFER"), token).status())
			.isEqualTo(403);
		assertThat(api.get("/api/payments", token).status()).isEqualTo(403);
		assertThat(api.get("/api/payments/" + started.paymentId(), token).status()).isEqualTo(403);
		assertThat(api.post("/api/payments/" + started.paymentId() + "/confirm", null, token).status()).isEqualTo(403);
		assertThat(api.post("/api/payments/" + started.paymentId() + "/reject", null, token).status()).isEqualTo(403);
		assertThat(database.creditRows(started.paymentId())).isZero();
	}

	@Test
	void onlyAnAdminConfirmsOrRejects() {
		// given
		Actor merchant = actors.merchant();
		Started started = PaymentFixtures.openDeposit(api, merchant, "100.00", "BANK_TRANSFER");

		// when
		Response confirm = api.post("/api/payments/" + started.paymentId() + "/confirm", null, merchant.token());
		Response reject = api.post("/api/payments/" + started.paymentId() + "/reject", null, merchant.token());

		// then
		assertThat(confirm.status()).isEqualTo(403);
		assertThat(reject.status()).isEqualTo(403);
		assertThat(database.status(started.paymentId())).isEqualTo("PENDING");
		assertThat(api.post("/api/payments/" + UUID.randomUUID() + "/confirm", null, actors.admin().token()).status())
			.isEqualTo(404);
	}

	@Test
	void anonymousCallsAreUnauthorized() {
		// given
		Actor merchant = actors.merchant();
		Started started = PaymentFixtures.openDeposit(api, merchant, "100.00", "BANK_TRANSFER");

		// when / then
		assertThat(api.post("/api/leads/deposits/create", body("amount", "10.00", "method", "BANK_TRANSFER"), null)
			.status()).isEqualTo(401);
		assertThat(api.post("/api/leads/deposits/recharge",
				body("depositId", started.depositId(), "amount", "10.00", "method", "BANK_TRANSFER"), null).status())
			.isEqualTo(401);
		assertThat(api.get("/api/payments", null).status()).isEqualTo(401);
		assertThat(api.get("/api/payments/" + started.paymentId(), null).status()).isEqualTo(401);
		assertThat(api.post("/api/payments/" + started.paymentId() + "/confirm", null, null).status()).isEqualTo(401);
		assertThat(api.post("/api/payments/" + started.paymentId() + "/reject", null, null).status()).isEqualTo(401);
		assertThat(database.creditRows(started.paymentId())).isZero();
	}

	@Test
	void refusesAmountsOutOfRangeOrWithMoreThanTwoDecimals() {
		// given
		Actor merchant = actors.merchant();

		// when / then
		for (String amount : new String[] { "0", "0.00", "-5.00", "1000000.01", "10.123", "abc" }) {
			Response refused = api.post("/api/leads/deposits/create", "{\"amount\":\"" + amount
					+ "\",\"method\":\"BANK_TRANSFER\"}", merchant.token());
			assertThat(refused.status()).as(amount + " " + refused).isEqualTo(400);
			assertThat(refused.json().path("errors").get(0).path("field").asString()).as(amount).isEqualTo("amount");
		}
		Response missingMethod = api.post("/api/leads/deposits/create", body("amount", "10.00"), merchant.token());
		assertThat(missingMethod.status()).isEqualTo(400);
		assertThat(missingMethod.json().path("errors").get(0).path("field").asString()).isEqualTo("method");
		Response unknownMethod = api.post("/api/leads/deposits/create", body("amount", "10.00", "method", "PAYPAL"),
				merchant.token());
		assertThat(unknownMethod.status()).isEqualTo(400);
		assertThat(database.paymentsOfMerchant(merchant.id())).isZero();
		assertThat(PaymentFixtures.openDeposit(api, merchant, "1000000.00", "BANK_TRANSFER").paymentId()).isNotNull();
	}

	@Test
	void replaysTheFirstResponseForTheSameIdempotencyKeyAndBody() {
		// given
		Actor merchant = actors.merchant();
		Map<String, String> key = Map.of("Idempotency-Key", "create-" + UUID.randomUUID());
		Map<String, Object> request = body("amount", "120.00", "method", "BANK_TRANSFER");

		// when
		Response first = api.send("POST", "/api/leads/deposits/create", request, merchant.token(), key);
		Response second = api.send("POST", "/api/leads/deposits/create", request, merchant.token(), key);

		// then
		assertThat(first.status()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(201);
		assertThat(second.json()).isEqualTo(first.json());
		assertThat(database.paymentsOfMerchant(merchant.id())).isEqualTo(1);
	}

	@Test
	void refusesAnIdempotencyKeyReusedWithAnotherBody() {
		// given
		Actor merchant = actors.merchant();
		Started started = PaymentFixtures.openDeposit(api, merchant, "100.00", "BANK_TRANSFER");
		Map<String, String> key = Map.of("Idempotency-Key", "recharge-" + UUID.randomUUID());
		Response first = api.send("POST", "/api/leads/deposits/recharge",
				body("depositId", started.depositId(), "amount", "10.00", "method", "BANK_TRANSFER"), merchant.token(),
				key);

		// when
		Response other = api.send("POST", "/api/leads/deposits/recharge",
				body("depositId", started.depositId(), "amount", "11.00", "method", "BANK_TRANSFER"), merchant.token(),
				key);

		// then
		assertThat(first.status()).isEqualTo(201);
		assertThat(other.status()).isEqualTo(422);
		assertThat(other.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
		assertThat(database.paymentsOfMerchant(merchant.id())).isEqualTo(2);
	}

	@Test
	void concurrentRequestsWithOneIdempotencyKeyStartOnePayment() throws Exception {
		// given
		Actor merchant = actors.merchant();
		Started started = PaymentFixtures.openDeposit(api, merchant, "100.00", "BANK_TRANSFER");
		Map<String, String> key = Map.of("Idempotency-Key", "concurrent-" + UUID.randomUUID());
		Map<String, Object> request = body("depositId", started.depositId(), "amount", "10.00", "method",
				"BANK_TRANSFER");

		// when
		java.util.List<Response> responses = Concurrently.run(6,
				() -> api.send("POST", "/api/leads/deposits/recharge", request, merchant.token(), key));

		// then
		assertThat(responses).extracting(Response::status).containsOnly(201);
		assertThat(responses).extracting(response -> response.json().path("payment").path("id").asString())
			.containsOnly(responses.get(0).json().path("payment").path("id").asString());
		assertThat(database.paymentsOfMerchant(merchant.id())).isEqualTo(2);
	}

}
