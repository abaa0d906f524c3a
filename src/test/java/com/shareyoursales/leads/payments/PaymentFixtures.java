package com.shareyoursales.leads.payments;

import java.util.UUID;

import com.shareyoursales.leads.support.ApiClient;
import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.TestActors.Actor;

import static com.shareyoursales.leads.support.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

/** Small steps that payment tests share, through the real API. */
final class PaymentFixtures {

	record Started(UUID paymentId, UUID depositId, Response response) {
	}

	private PaymentFixtures() {
	}

	/** Opens the merchant's general deposit with a first payment by the method. */
	static Started openDeposit(ApiClient api, Actor merchant, String amount, String method) {
		Response started = api.post("/api/leads/deposits/create", body("amount", amount, "method", method),
				merchant.token());
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		return started(started);
	}

	static Started recharge(ApiClient api, Actor merchant, UUID depositId, String amount, String method,
			boolean saveCard) {
		Response started = api.post("/api/leads/deposits/recharge", body("depositId", depositId, "amount", amount,
				"method", method, "saveCard", saveCard), merchant.token());
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		return started(started);
	}

	static String balanceOf(ApiClient api, Actor merchant, UUID depositId) {
		return api.get("/api/leads/deposits/balance?depositId=" + depositId, merchant.token())
			.json()
			.get(0)
			.path("balance")
			.asString();
	}

	private static Started started(Response started) {
		return new Started(UUID.fromString(started.json().path("payment").path("id").asString()),
				UUID.fromString(started.json().path("deposit").path("depositId").asString()), started);
	}

}
