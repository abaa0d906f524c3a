package com.shareyoursales.leads.payments;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.stripe.Stripe;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * A local HTTP peer that answers like Stripe's API (documented shapes of Checkout Sessions, Customers and
 * PaymentIntents) on a free port ({@link StripePeerEnvironment} gives it to the service), and webhook payloads signed exactly as Stripe signs
 * them: {@code Stripe-Signature: t=<unix time>,v1=<hex HMAC-SHA256 of "t.payload" with the endpoint's secret>}.
 */
final class StripePeer {

	static final String WEBHOOK_SECRET = "whsec_test_leads_webhook_secret";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static WireMockServer server;

	private StripePeer() {
	}

	/** The peer, started once per test JVM, with the creating endpoints answering fresh ids. */
	static synchronized WireMockServer get() {
		if (server == null) {
			server = new WireMockServer(WireMockConfiguration.options().dynamicPort().globalTemplating(true));
			server.start();
			server.stubFor(post(urlEqualTo("/v1/checkout/sessions")).willReturn(json("""
					{"id": "cs_test_{{randomValue length=24 type='ALPHANUMERIC'}}", "object": "checkout.session",
					 "url": "https://checkout.stripe.com/c/pay/cs_test_session", "mode": "payment",
					 "status": "open", "payment_status": "unpaid", "currency": "mad", "livemode": false}""")));
			server.stubFor(post(urlEqualTo("/v1/customers")).willReturn(json("""
					{"id": "cus_{{randomValue length=14 type='ALPHANUMERIC'}}", "object": "customer",
					 "livemode": false}""")));
		}
		return server;
	}

	static String baseUrl() {
		return "http://localhost:" + get().port();
	}

	static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

	/** A Checkout Session object as Stripe puts it in events and API answers. */
	static Map<String, Object> session(String sessionId, String paymentId, long amountTotal, String status,
			String paymentStatus) {
		Map<String, Object> session = new LinkedHashMap<>();
		session.put("id", sessionId);
		session.put("object", "checkout.session");
		session.put("amount_total", amountTotal);
		session.put("currency", "mad");
		session.put("mode", "payment");
		session.put("status", status);
		session.put("payment_status", paymentStatus);
		session.put("client_reference_id", paymentId);
		session.put("metadata", Map.of("paymentId", paymentId));
		session.put("payment_intent", "pi_test_" + sessionId.substring(Math.max(0, sessionId.length() - 8)));
		session.put("livemode", false);
		return session;
	}

	/** A PaymentIntent object. */
	static Map<String, Object> paymentIntent(String id, String paymentId, long amount, String status, String flow,
			String declineMessage) {
		Map<String, Object> intent = new LinkedHashMap<>();
		intent.put("id", id);
		intent.put("object", "payment_intent");
		intent.put("amount", amount);
		intent.put("currency", "mad");
		intent.put("status", status);
		intent.put("metadata", Map.of("paymentId", paymentId, "flow", flow));
		intent.put("livemode", false);
		if (declineMessage != null) {
			intent.put("last_payment_error", Map.of("type", "card_error", "code", "card_declined", "decline_code",
					"insufficient_funds", "message", declineMessage));
		}
		return intent;
	}

	/** A whole event around an object, in the API version stripe-java is pinned to. */
	static String event(String eventId, String type, Map<String, Object> object) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("id", eventId);
		event.put("object", "event");
		event.put("api_version", Stripe.API_VERSION);
		event.put("created", Instant.now().getEpochSecond());
		event.put("type", type);
		event.put("livemode", false);
		event.put("pending_webhooks", 1);
		event.put("data", Map.of("object", object));
		return JSON.writeValueAsString(event);
	}

	static String signature(String payload, long timestamp) {
		return signature(payload, timestamp, WEBHOOK_SECRET);
	}

	static String signature(String payload, long timestamp, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
			return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
