package com.shareyoursales.leads.payments;

import java.util.List;
import java.util.UUID;

import com.shareyoursales.leads.payments.PaymentFixtures.Started;
import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.TestActors.Actor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static com.shareyoursales.leads.support.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class BankTransferIntegrationTests extends PaymentIntegrationTest {

	@Test
	void confirmedBankTransferCreditsTheNewDepositOnce() {
		// given
		Actor merchant = actors.merchant();
		Response started = api.post("/api/leads/deposits/create", body("amount", "1000.00", "method", "BANK_TRANSFER"),
				merchant.token());
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		JsonNode payment = started.json().path("payment");
		UUID paymentId = UUID.fromString(payment.path("id").asString());
		UUID depositId = UUID.fromString(started.json().path("deposit").path("depositId").asString());
		assertThat(payment.path("status").asString()).isEqualTo("PENDING");
		assertThat(payment.path("amount").asString()).isEqualTo("1000.00");
		assertThat(payment.path("currency").asString()).isEqualTo("MAD");
		assertThat(started.json().path("bankTransfer").path("reference").asString())
			.isEqualTo(payment.path("externalKey").asString())
			.startsWith("LDS-");
		assertThat(started.json().path("bankTransfer").path("details").asString()).contains("RIB");
		assertThat(started.json().has("checkoutUrl")).isFalse();
		assertThat(started.json().path("deposit").path("balance").asString()).isEqualTo("0.00");

		// when
		Response confirmed = api.post("/api/payments/" + paymentId + "/confirm", null, actors.admin().token());

		// then
		assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
		assertThat(confirmed.json().path("status").asString()).isEqualTo("SUCCEEDED");
		JsonNode balance = api.get("/api/leads/deposits/balance?depositId=" + depositId, merchant.token()).json().get(0);
		assertThat(balance.path("balance").asString()).isEqualTo("1000.00");
		assertThat(balance.path("referenceAmount").asString()).isEqualTo("1000.00");
		assertThat(balance.path("alertLevel").asString()).isEqualTo("HEALTHY");
		assertThat(balance.path("blocked").asBoolean()).isFalse();
		assertThat(database.creditRows(paymentId)).isEqualTo(1);
		assertThat(database.history(paymentId)).containsExactly("->PENDING", "PENDING->SUCCEEDED");
		assertThat(database.ledgerMismatches(depositId)).isZero();
	}

	@Test
	void repeatedConfirmationsCreditOnce() {
		// given
		Actor merchant = actors.merchant();
		Started started = startBankTransfer(merchant, "250.50");

		// when
		for (int i = 0; i < 3; i++) {
			Response confirmed = api.post("/api/payments/" + started.paymentId() + "/confirm", null,
					actors.admin().token());
			assertThat(confirmed.status()).isEqualTo(200);
			assertThat(confirmed.json().path("status").asString()).isEqualTo("SUCCEEDED");
		}

		// then
		assertThat(database.creditRows(started.paymentId())).isEqualTo(1);
		assertThat(balanceOf(merchant, started.depositId())).isEqualTo("250.50");
		assertThat(database.history(started.paymentId())).containsExactly("->PENDING", "PENDING->SUCCEEDED");
	}

	@Test
	void concurrentConfirmationsCreditOnce() throws Exception {
		// given
		Actor merchant = actors.merchant();
		Started started = startBankTransfer(merchant, "999.99");
		String admin = actors.admin().token();

		// when
		List<Integer> statuses = Concurrently.run(10,
				() -> api.post("/api/payments/" + started.paymentId() + "/confirm", null, admin).status());

		// then
		assertThat(statuses).containsOnly(200);
		assertThat(database.creditRows(started.paymentId())).isEqualTo(1);
		assertThat(balanceOf(merchant, started.depositId())).isEqualTo("999.99");
		assertThat(database.ledgerRows(started.depositId())).isEqualTo(1);
		assertThat(database.ledgerMismatches(started.depositId())).isZero();
	}

	@Test
	void rejectedBankTransferFailsAndCreditsNothing() {
		// given
		Actor merchant = actors.merchant();
		Started started = startBankTransfer(merchant, "300.00");

		// when
		Response rejected = api.post("/api/payments/" + started.paymentId() + "/reject",
				body("reason", "No transfer received"), actors.admin().token());

		// then
		assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
		assertThat(rejected.json().path("status").asString()).isEqualTo("FAILED");
		assertThat(rejected.json().path("providerError").asString()).isEqualTo("No transfer received");
		assertThat(database.creditRows(started.paymentId())).isZero();
		assertThat(balanceOf(merchant, started.depositId())).isEqualTo("0.00");
		assertThat(database.history(started.paymentId())).containsExactly("->PENDING", "PENDING->FAILED");
		Response confirmLater = api.post("/api/payments/" + started.paymentId() + "/confirm", null,
				actors.admin().token());
		assertThat(confirmLater.status()).isEqualTo(409);
		assertThat(confirmLater.code()).isEqualTo("PAYMENT_NOT_PENDING");
		assertThat(database.creditRows(started.paymentId())).isZero();
	}

	@Test
	void rechargeAddsASecondPaymentToTheSameDeposit() {
		// given
		Actor merchant = actors.merchant();
		Started first = startBankTransfer(merchant, "100.00");
		api.post("/api/payments/" + first.paymentId() + "/confirm", null, actors.admin().token());

		// when
		Response recharge = api.post("/api/leads/deposits/recharge",
				body("depositId", first.depositId(), "amount", "50.25", "method", "BANK_TRANSFER"), merchant.token());
		UUID second = UUID.fromString(recharge.json().path("payment").path("id").asString());
		api.post("/api/payments/" + second + "/confirm", null, actors.admin().token());

		// then
		assertThat(recharge.status()).as(recharge.toString()).isEqualTo(201);
		assertThat(recharge.json().path("deposit").path("depositId").asString())
			.isEqualTo(first.depositId().toString());
		assertThat(balanceOf(merchant, first.depositId())).isEqualTo("150.25");
		assertThat(database.ledgerRows(first.depositId())).isEqualTo(2);
	}

	@Test
	void aSecondGeneralDepositIsRefused() {
		// given
		Actor merchant = actors.merchant();
		startBankTransfer(merchant, "100.00");

		// when
		Response again = api.post("/api/leads/deposits/create", body("amount", "100.00", "method", "BANK_TRANSFER"),
				merchant.token());

		// then
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("DEPOSIT_EXISTS");
		assertThat(database.paymentsOfMerchant(merchant.id())).isEqualTo(1);
	}

	@Test
	void opensADepositDedicatedToTheMerchantsOwnCampaignOnly() {
		// given
		Actor merchant = actors.merchant();
		Actor other = actors.merchant();
		String campaignId = api.post("/api/campaigns", body("name", "Blanchiment", "description", "d", "city", "Rabat"),
				merchant.token()).json().path("id").asString();

		// when
		Response dedicated = api.post("/api/leads/deposits/create",
				body("campaignId", campaignId, "amount", "80.00", "method", "BANK_TRANSFER"), merchant.token());
		Response foreign = api.post("/api/leads/deposits/create",
				body("campaignId", campaignId, "amount", "80.00", "method", "BANK_TRANSFER"), other.token());

		// then
		assertThat(dedicated.status()).as(dedicated.toString()).isEqualTo(201);
		assertThat(dedicated.json().path("deposit").path("campaignId").asString()).isEqualTo(campaignId);
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(database.paymentsOfMerchant(other.id())).isZero();
	}

	private Started startBankTransfer(Actor merchant, String amount) {
		return PaymentFixtures.openDeposit(api, merchant, amount, "BANK_TRANSFER");
	}

	private String balanceOf(Actor merchant, UUID depositId) {
		return PaymentFixtures.balanceOf(api, merchant, depositId);
	}

}
