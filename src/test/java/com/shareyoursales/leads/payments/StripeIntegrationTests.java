package com.shareyoursales.leads.payments;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.shareyoursales.leads.payments.PaymentFixtures.Started;
import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.TestActors.Actor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class StripeIntegrationTests extends PaymentIntegrationTest {

	static WireMockServer stripe;

	@Autowired
	PaymentReconciliation reconciliation;

	@BeforeAll
	static void startStripe() {
		stripe = StripePeer.get();
	}

	@Test
	void startsACheckoutSessionInCentimesWithThePaymentInItsMetadata() {
		// given
		Actor merchant = actors.merchant();

		// when
		Started started = PaymentFixtures.openDeposit(api, merchant, "1234.56", "STRIPE");

		// then
		Response response = started.response();
		assertThat(response.json().path("checkoutUrl").asString()).startsWith("https://checkout.stripe.com/");
		assertThat(response.json().path("payment").path("providerReference").asString()).startsWith("cs_test_");
		assertThat(response.json().path("payment").path("status").asString()).isEqualTo("PENDING");
		String paymentId = started.paymentId().toString();
		stripe.verify(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
			.withHeader("Authorization", equalTo("Bearer sk_test_leads"))
			.withHeader("Idempotency-Key", equalTo(response.json().path("payment").path("externalKey").asString()))
			.withFormParam("mode", equalTo("payment"))
			.withFormParam("line_items[0][price_data][currency]", equalTo("mad"))
			.withFormParam("line_items[0][price_data][unit_amount]", equalTo("123456"))
			.withFormParam("line_items[0][quantity]", equalTo("1"))
			.withFormParam("client_reference_id", equalTo(paymentId))
			.withFormParam("metadata[paymentId]", equalTo(paymentId))
			.withFormParam("metadata[depositId]", equalTo(started.depositId().toString()))
			.withFormParam("payment_intent_data[metadata][paymentId]", equalTo(paymentId))
			.withFormParam("success_url", containing("/payments/return?paymentId=" + paymentId + "&outcome=success"))
			.withFormParam("cancel_url", containing("outcome=cancel"))
			.withFormParam("customer_email", equalTo(merchant.email())));
	}

	@Test
	void savingTheCardCreatesACustomerAndAsksForOffSessionUse() {
		// given
		Actor merchant = actors.merchant();
		Started first = PaymentFixtures.openDeposit(api, merchant, "100.00", "BANK_TRANSFER");

		// when
		Started started = PaymentFixtures.recharge(api, merchant, first.depositId(), "200.00", "STRIPE", true);

		// then
		stripe.verify(postRequestedFor(urlEqualTo("/v1/customers"))
			.withFormParam("email", equalTo(merchant.email()))
			.withFormParam("metadata[merchantId]", equalTo(merchant.id().toString())));
		stripe.verify(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
			.withFormParam("metadata[paymentId]", equalTo(started.paymentId().toString()))
			.withFormParam("customer", containing("cus_"))
			.withFormParam("payment_intent_data[setup_future_usage]", equalTo("off_session")));
	}

	@Test
	void aSignedCompletedCheckoutCreditsOnceWhenReplayedFiveTimes() {
		// given
		Actor merchant = actors.merchant();
		Started started = PaymentFixtures.openDeposit(api, merchant, "500.00", "STRIPE");
		String payload = completedEvent(started, 50000);

		// when
		for (int i = 0; i < 5; i++) {
			Response delivered = deliver(payload, StripePeer.signature(payload, Instant.now().getEpochSecond()));
			assertThat(delivered.status()).as(delivered.toString()).isEqualTo(200);
		}

		// then
		assertThat(database.creditRows(started.paymentId())).isEqualTo(1);
		assertThat(database.status(started.paymentId())).isEqualTo("SUCCEEDED");
		assertThat(PaymentFixtures.balanceOf(api, merchant, started.depositId())).isEqualTo("500.00");
		assertThat(database.history(started.paymentId())).containsExactly("->PENDING", "PENDING->SUCCEEDED");
	}

	@Test
	void concurrentDeliveriesOfOneEventCreditOnce() throws Exception {
		// given
		Actor merchant = actors.merchant();
		Started started = PaymentFixtures.openDeposit(api, merchant, "750.00", "STRIPE");
		String payload = completedEvent(started, 75000);
		String signature = StripePeer.signature(payload, Instant.now().getEpochSecond());

		// when
		List<Integer> statuses = Concurrently.run(10, () -> deliver(payload, signature).status());

		// then
		assertThat(statuses).containsOnly(200);
		assertThat(database.creditRows(started.paymentId())).isEqualTo(1);
		assertThat(PaymentFixtures.balanceOf(api, merchant, started.depositId())).isEqualTo("750.00");
		assertThat(database.ledgerMismatches(started.depositId())).isZero();
	}

	@Test
	void theSessionAndItsPaymentIntentEventsArrivingTogetherCreditOnce() throws Exception {
		// given
		Actor merchant = actors.merchant();
		Started started = PaymentFixtures.openDeposit(api, merchant, "330.00", "STRIPE");
		String completed = completedEvent(started, 33000);
		String intent = StripePeer.event("evt_" + UUID.randomUUID(), "payment_intent.succeeded", StripePeer
			.paymentIntent("pi_" + UUID.randomUUID(), started.paymentId().toString(), 33000, "succeeded", "checkout",
					null));
		java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();

		// when
		List<Integer> statuses = Concurrently.run(8, () -> {
			String payload = turn.getAndIncrement() % 2 == 0 ? completed : intent;
			return deliver(payload, StripePeer.signature(payload, Instant.now().getEpochSecond())).status();
		});

		// then
		assertThat(statuses).containsOnly(200);
		assertThat(database.creditRows(started.paymentId())).isEqualTo(1);
		assertThat(PaymentFixtures.balanceOf(api, merchant, started.depositId())).isEqualTo("330.00");
	}

	@Test
	void aDeclinedCardInsideCheckoutLeavesThePaymentOpenForAnotherCard() {
		// given
		Actor merchant = actors.merchant();
		Started started = PaymentFixtures.openDeposit(api, merchant, "45.00", "STRIPE");
		String declined = StripePeer.event("evt_" + UUID.randomUUID(), "payment_intent.payment_failed",
				StripePeer.paymentIntent("pi_" + UUID.randomUUID(), started.paymentId().toString(), 4500,
						"requires_payment_method", "checkout", "Your card was declined."));

		// when
		Response delivered = deliver(declined, StripePeer.signature(declined, Instant.now().getEpochSecond()));

		// then
		assertThat(delivered.status()).isEqualTo(200);
		assertThat(database.status(started.paymentId())).isEqualTo("PENDING");
	}

	@Test
	void forgedStaleTamperedOrUnsignedDeliveriesChangeNothing() {
		// given
		Actor merchant = actors.merchant();
		Started started = PaymentFixtures.openDeposit(api, merchant, "300.00", "STRIPE");
		String payload = completedEvent(started, 30000);
		long now = Instant.now().getEpochSecond();

		// when
		Response forged = deliver(payload, StripePeer.signature(payload, now, "whsec_someone_else"));
		Response stale = deliver(payload, StripePeer.signature(payload, now - 301));
		Response tampered = deliver(payload.replace("30000", "3000000"), StripePeer.signature(payload, now));
		Response unsigned = api.send("POST", "/api/payments/stripe/webhook", payload, null, Map.of());

		// then
		assertThat(List.of(forged, stale, tampered, unsigned)).extracting(Response::status).containsOnly(400);
		assertThat(database.creditRows(started.paymentId())).isZero();
		assertThat(database.status(started.paymentId())).isEqualTo("PENDING");
		assertThat(database.history(started.paymentId())).containsExactly("->PENDING");
		// and the genuine delivery is still handled afterwards: the refused ones recorded nothing
		assertThat(deliver(payload, StripePeer.signature(payload, now)).status()).isEqualTo(200);
		assertThat(database.creditRows(started.paymentId())).isEqualTo(1);
	}

	@Test
	void aFailedAsyncPaymentFailsThePaymentAndAnUnusedEventIsAcknowledged() {
		// given
		Actor merchant = actors.merchant();
		Started started = PaymentFixtures.openDeposit(api, merchant, "120.00", "STRIPE");
		String sessionId = providerReference(started);
		String failed = StripePeer.event("evt_" + UUID.randomUUID(), "checkout.session.async_payment_failed",
				StripePeer.session(sessionId, started.paymentId().toString(), 12000, "complete", "unpaid"));
		String unused = StripePeer.event("evt_" + UUID.randomUUID(), "customer.created",
				Map.of("id", "cus_unused", "object", "customer"));

		// when
		Response failedResponse = deliver(failed, StripePeer.signature(failed, Instant.now().getEpochSecond()));
		Response unusedResponse = deliver(unused, StripePeer.signature(unused, Instant.now().getEpochSecond()));

		// then
		assertThat(failedResponse.status()).isEqualTo(200);
		assertThat(unusedResponse.status()).isEqualTo(200);
		assertThat(unusedResponse.json().path("outcome").asString()).isEqualTo("ignored");
		assertThat(database.status(started.paymentId())).isEqualTo("FAILED");
		assertThat(database.creditRows(started.paymentId())).isZero();
	}

	@Test
	void aCompletedEventWithAnotherAmountIsNotCredited() {
		// given
		Actor merchant = actors.merchant();
		Started started = PaymentFixtures.openDeposit(api, merchant, "100.00", "STRIPE");
		String payload = completedEvent(started, 100);

		// when
		Response delivered = deliver(payload, StripePeer.signature(payload, Instant.now().getEpochSecond()));

		// then
		assertThat(delivered.status()).isEqualTo(200);
		assertThat(database.creditRows(started.paymentId())).isZero();
		assertThat(database.status(started.paymentId())).isEqualTo("PENDING");
	}

	@Test
	void reconciliationAsksStripeAboutPaymentsPendingForOverAnHourAndCreditsOnce() {
		// given
		Actor merchant = actors.merchant();
		Started started = PaymentFixtures.openDeposit(api, merchant, "640.00", "STRIPE");
		String sessionId = providerReference(started);
		Started recent = PaymentFixtures.recharge(api, merchant, started.depositId(), "10.00", "STRIPE", false);
		database.inTransaction(() -> jdbc.sql("update payments set created_at = now() - interval '2 hours' where id = ?")
			.param(started.paymentId())
			.update());
		stripe.stubFor(get(urlEqualTo("/v1/checkout/sessions/" + sessionId)).willReturn(StripePeer.json(
				tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(
						StripePeer.session(sessionId, started.paymentId().toString(), 64000, "complete", "paid")))));

		// when
		reconciliation.reconcile();
		reconciliation.reconcile();

		// then
		assertThat(database.status(started.paymentId())).isEqualTo("SUCCEEDED");
		assertThat(database.creditRows(started.paymentId())).isEqualTo(1);
		assertThat(database.status(recent.paymentId())).isEqualTo("PENDING");
		stripe.verify(0, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
				urlEqualTo("/v1/checkout/sessions/" + providerReference(recent))));
	}

	private String completedEvent(Started started, long amountTotal) {
		return StripePeer.event("evt_" + UUID.randomUUID(), "checkout.session.completed", StripePeer
			.session(providerReference(started), started.paymentId().toString(), amountTotal, "complete", "paid"));
	}

	private String providerReference(Started started) {
		return started.response().json().path("payment").path("providerReference").asString();
	}

	private Response deliver(String payload, String signature) {
		return api.send("POST", "/api/payments/stripe/webhook", payload, null, Map.of("Stripe-Signature", signature));
	}

}
