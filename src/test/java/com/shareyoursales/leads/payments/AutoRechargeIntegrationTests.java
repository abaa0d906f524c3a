package com.shareyoursales.leads.payments;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.shareyoursales.leads.payments.AutoRecharges.Attempt;
import com.shareyoursales.leads.payments.PaymentFixtures.Started;
import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.TestActors.Actor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.shareyoursales.leads.support.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
@RecordApplicationEvents
class AutoRechargeIntegrationTests extends PaymentIntegrationTest {

	static WireMockServer stripe;

	@Autowired
	AutoRecharges autoRecharges;

	@Autowired
	ApplicationEvents events;

	@BeforeAll
	static void startStripe() {
		stripe = StripePeer.get();
	}

	@Test
	void reachingTheTriggerChargesTheSavedCardOffSessionAndCreditsOnce() {
		// given
		Card card = merchantWithSavedCard();
		answerPaymentIntents(card, "succeeded");
		armRule(card, "WARNING", "FIXED", "200.00");

		// when the deposit falls to WARNING (1010.00 available, 110.00 left)
		Response adjusted = api.post("/api/leads/deposits/" + card.depositId() + "/adjustments",
				body("amount", "-900.00", "reason", "Correction"), actors.admin().token());
		assertThat(adjusted.json().path("alertLevel").asString()).as(adjusted.toString()).isEqualTo("WARNING");

		// then
		await().atMost(Duration.ofSeconds(20))
			.until(() -> autoRechargePayments(card.depositId()).contains("SUCCEEDED"));
		assertThat(autoRechargePayments(card.depositId())).containsExactly("SUCCEEDED");
		assertThat(PaymentFixtures.balanceOf(api, card.merchant(), card.depositId())).isEqualTo("310.00");
		stripe.verify(postRequestedFor(urlEqualTo("/v1/payment_intents"))
			.withFormParam("customer", equalTo(card.customerId()))
			.withFormParam("payment_method", equalTo(card.paymentMethodId()))
			.withFormParam("amount", equalTo("20000"))
			.withFormParam("currency", equalTo("mad"))
			.withFormParam("off_session", equalTo("true"))
			.withFormParam("confirm", equalTo("true"))
			.withFormParam("metadata[flow]", equalTo("off_session")));
	}

	@Test
	void theHourlyCheckRechargesADepositAlreadyAtItsTrigger() {
		// given a deposit at WARNING before its rule was armed
		Card card = merchantWithSavedCard();
		answerPaymentIntents(card, "succeeded");
		api.post("/api/leads/deposits/" + card.depositId() + "/adjustments",
				body("amount", "-900.00", "reason", "Correction"), actors.admin().token());
		await().atMost(Duration.ofSeconds(20)).until(() -> levelListenerDone(card.depositId()));
		armRule(card, "WARNING", "FIXED", "200.00");

		// when
		Map<UUID, Attempt> attempts = autoRecharges.rechargeDepositsAtTrigger();

		// then
		assertThat(attempts).containsEntry(card.depositId(), Attempt.CHARGED);
		assertThat(autoRechargePayments(card.depositId())).containsExactly("SUCCEEDED");
		assertThat(autoRecharges.rechargeDepositsAtTrigger()).doesNotContainKey(card.depositId());
	}

	@Test
	void onlyOneAutoRechargeIsInFlightPerDeposit() throws Exception {
		// given
		Card card = merchantWithSavedCard();
		answerPaymentIntents(card, "processing");
		armRule(card, "WARNING", "FIXED", "200.00");

		// when
		List<Attempt> attempts = Concurrently.run(5, () -> autoRecharges.attempt(card.depositId()));

		// then
		assertThat(attempts).containsOnlyOnce(Attempt.PENDING);
		assertThat(attempts).filteredOn(attempt -> attempt != Attempt.PENDING).containsOnly(Attempt.IN_FLIGHT);
		assertThat(autoRechargePayments(card.depositId())).containsExactly("PENDING");
		assertThat(autoRecharges.attempt(card.depositId())).isEqualTo(Attempt.IN_FLIGHT);
	}

	@Test
	void atMostThreeAutoRechargesIn24Hours() {
		// given
		Card card = merchantWithSavedCard();
		answerPaymentIntents(card, "succeeded");
		armRule(card, "CRITICAL", "FIXED", "200.00");

		// when
		List<Attempt> attempts = List.of(autoRecharges.attempt(card.depositId()),
				autoRecharges.attempt(card.depositId()), autoRecharges.attempt(card.depositId()),
				autoRecharges.attempt(card.depositId()));

		// then
		assertThat(attempts).containsExactly(Attempt.CHARGED, Attempt.CHARGED, Attempt.CHARGED,
				Attempt.LIMIT_REACHED);
		assertThat(autoRechargePayments(card.depositId())).containsExactly("SUCCEEDED", "SUCCEEDED", "SUCCEEDED");
		assertThat(PaymentFixtures.balanceOf(api, card.merchant(), card.depositId())).isEqualTo("1610.00");
	}

	@Test
	void aDeclinedCardStopsTheRuleAndTellsTheMerchant() {
		// given
		Card card = merchantWithSavedCard();
		stripe.stubFor(post(urlEqualTo("/v1/payment_intents")).atPriority(1)
			.withFormParam("customer", equalTo(card.customerId()))
			.willReturn(aResponse().withStatus(402).withHeader("Content-Type", "application/json").withBody("""
					{"error": {"type": "card_error", "code": "card_declined", "decline_code": "insufficient_funds",
					 "message": "Your card has insufficient funds.",
					 "payment_intent": {"id": "pi_declined", "object": "payment_intent",
					                    "status": "requires_payment_method"}}}""")));
		armRule(card, "WARNING", "FIXED", "200.00");

		// when
		Attempt first = autoRecharges.attempt(card.depositId());
		Attempt again = autoRecharges.attempt(card.depositId());

		// then
		assertThat(first).isEqualTo(Attempt.DECLINED);
		assertThat(again).isEqualTo(Attempt.NOT_ARMED);
		assertThat(autoRechargePayments(card.depositId())).containsExactly("FAILED");
		Response rule = api.get("/api/leads/deposits/" + card.depositId() + "/auto-recharge", card.merchant().token());
		assertThat(rule.json().path("stoppedAt").isNull()).isFalse();
		assertThat(rule.json().path("stopReason").asString()).contains("card_declined");
		assertThat(events.stream(AutoRechargeFailed.class))
			.anySatisfy(failed -> {
				assertThat(failed.depositId()).isEqualTo(card.depositId());
				assertThat(failed.reason()).isEqualTo("DECLINED");
			});
		// saving the rule again re-arms it
		armRule(card, "WARNING", "FIXED", "200.00");
		assertThat(api.get("/api/leads/deposits/" + card.depositId() + "/auto-recharge", card.merchant().token())
			.json().path("stoppedAt").isNull()).isTrue();
	}

	@Test
	void aRechargeAboveTheMaximumFailsLoudlyAndChargesNothing() {
		// given
		Card card = merchantWithSavedCard();
		Response refused = api.put("/api/leads/deposits/" + card.depositId() + "/auto-recharge",
				body("enabled", true, "triggerLevel", "WARNING", "mode", "FIXED", "amount", "1000000.01"),
				card.merchant().token());
		armRule(card, "WARNING", "FIXED", "200.00");
		// a rule saved under a higher maximum than the one configured now
		database.inTransaction(() -> jdbc.sql("update auto_recharge_rules set amount = 2000000.00 where deposit_id = ?")
			.param(card.depositId())
			.update());

		// when
		Attempt attempt = autoRecharges.attempt(card.depositId());

		// then
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("amount");
		assertThat(attempt).isEqualTo(Attempt.ABOVE_MAXIMUM);
		assertThat(autoRechargePayments(card.depositId())).isEmpty();
		assertThat(events.stream(AutoRechargeFailed.class)).anySatisfy(
				failed -> assertThat(failed.reason()).isEqualTo("ABOVE_MAXIMUM"));
		assertThat(autoRecharges.attempt(card.depositId())).isEqualTo(Attempt.NOT_ARMED);
	}

	@Test
	void enablingNeedsASavedCardAndTheDepositsOwner() {
		// given
		Actor merchant = actors.merchant();
		Started started = PaymentFixtures.openDeposit(api, merchant, "100.00", "BANK_TRANSFER");
		Map<String, Object> rule = body("enabled", true, "triggerLevel", "WARNING", "mode", "TOP_UP_TO", "amount",
				"500.00");
		String path = "/api/leads/deposits/" + started.depositId() + "/auto-recharge";

		// when / then
		Response noCard = api.put(path, rule, merchant.token());
		assertThat(noCard.status()).isEqualTo(409);
		assertThat(noCard.code()).isEqualTo("SAVED_CARD_REQUIRED");
		assertThat(api.put(path, rule, actors.merchant().token()).status()).isEqualTo(404);
		assertThat(api.put(path, rule, actors.influencer().token()).status()).isEqualTo(403);
		assertThat(api.put(path, rule, null).status()).isEqualTo(401);
		assertThat(api.put(path, body("enabled", true, "triggerLevel", "ATTENTION", "mode", "FIXED", "amount", "5.00"),
				merchant.token()).status()).isEqualTo(400);
	}

	/** A merchant with a 1010.00 deposit whose card Stripe saved for off-session use during a Checkout recharge. */
	private Card merchantWithSavedCard() {
		Actor merchant = actors.merchant();
		Started opened = PaymentFixtures.openDeposit(api, merchant, "1000.00", "BANK_TRANSFER");
		api.post("/api/payments/" + opened.paymentId() + "/confirm", null, actors.admin().token());
		Started checkout = PaymentFixtures.recharge(api, merchant, opened.depositId(), "10.00", "STRIPE", true);
		String customerId = database.inTransaction(() -> jdbc
			.sql("select customer_id from stripe_customers where merchant_id = ?")
			.param(merchant.id())
			.query(String.class)
			.single());
		String paymentMethodId = "pm_" + UUID.randomUUID().toString().replace("-", "");
		Map<String, Object> intent = StripePeer.paymentIntent("pi_" + UUID.randomUUID().toString().replace("-", ""),
				checkout.paymentId().toString(), 1000, "succeeded", "checkout", null);
		intent.put("customer", customerId);
		intent.put("payment_method", paymentMethodId);
		intent.put("setup_future_usage", "off_session");
		String event = StripePeer.event("evt_" + UUID.randomUUID(), "payment_intent.succeeded", intent);
		Response delivered = api.send("POST", "/api/payments/stripe/webhook", event, null,
				Map.of("Stripe-Signature", StripePeer.signature(event, Instant.now().getEpochSecond())));
		assertThat(delivered.status()).as(delivered.toString()).isEqualTo(200);
		return new Card(merchant, opened.depositId(), customerId, paymentMethodId);
	}

	private void answerPaymentIntents(Card card, String status) {
		stripe.stubFor(post(urlEqualTo("/v1/payment_intents")).atPriority(1)
			.withFormParam("customer", equalTo(card.customerId()))
			.willReturn(StripePeer.json("""
					{"id": "pi_auto_{{randomValue length=20 type='ALPHANUMERIC'}}", "object": "payment_intent",
					 "amount": 20000, "currency": "mad", "status": "%s", "livemode": false}""".formatted(status))));
	}

	private void armRule(Card card, String trigger, String mode, String amount) {
		Response saved = api.put("/api/leads/deposits/" + card.depositId() + "/auto-recharge",
				body("enabled", true, "triggerLevel", trigger, "mode", mode, "amount", amount), card.merchant().token());
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(saved.json().path("cardSaved").asBoolean()).isTrue();
	}

	/** The auto-recharge listener has handled the deposit's level change (Modulith's registry marks it completed). */
	private boolean levelListenerDone(UUID depositId) {
		return database.inTransaction(() -> jdbc.sql("""
				select count(*) from (select listener_id, serialized_event, completion_date from event_publication
				                      union all
				                      select listener_id, serialized_event, completion_date from event_publication_archive) p
				 where p.listener_id like '%AutoRechargeTrigger%' and p.serialized_event like ?
				   and p.completion_date is not null""")
			.param("%" + depositId + "%")
			.query(Long.class)
			.single()) > 0;
	}

	private List<String> autoRechargePayments(UUID depositId) {
		return database.inTransaction(() -> jdbc.sql("""
				select status from payments where deposit_id = ? and purpose = 'AUTO_RECHARGE' order by created_at""")
			.param(depositId)
			.query(String.class)
			.list());
	}

	record Card(Actor merchant, UUID depositId, String customerId, String paymentMethodId) {
	}

}
