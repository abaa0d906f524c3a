package com.shareyoursales.leads.payments.internal;

import java.util.Map;
import java.util.UUID;

import com.shareyoursales.leads.payments.PaymentStatus;
import com.stripe.model.PaymentIntent;
import com.stripe.model.checkout.Session;

/**
 * What Stripe says about one of our payments, read from a webhook event's object or from the API: which payment
 * (our id travels in the metadata), which status it reached (null when not final yet), the amount Stripe handled in
 * centimes, and its currency.
 *
 * @param paymentId our payment, or null when the object does not name one
 * @param status SUCCEEDED, FAILED or CANCELED, or null while the outcome is open
 */
record StripeOutcome(UUID paymentId, PaymentStatus status, Long amount, String currency, String error) {

	static final String FLOW = "flow";

	/** A Checkout Session as the API returns it (reconciliation) or as checkout.session.completed carries it. */
	static StripeOutcome of(Session session) {
		PaymentStatus status = "expired".equals(session.getStatus()) ? PaymentStatus.CANCELED
				: "paid".equals(session.getPaymentStatus()) ? PaymentStatus.SUCCEEDED : null;
		return of(session, status, null);
	}

	static StripeOutcome of(Session session, PaymentStatus status, String error) {
		String reference = session.getClientReferenceId();
		return new StripeOutcome(paymentId(session.getMetadata(), reference), status, session.getAmountTotal(),
				session.getCurrency(), error);
	}

	/**
	 * A PaymentIntent. Only off-session intents (auto-recharge) decide their payment's failure: inside Checkout the
	 * customer may retry another card in the same session, which decides by itself.
	 */
	static StripeOutcome of(PaymentIntent intent) {
		boolean offSession = "off_session".equals(flow(intent));
		PaymentStatus status = switch (intent.getStatus() == null ? "" : intent.getStatus()) {
			case "succeeded" -> PaymentStatus.SUCCEEDED;
			case "canceled" -> offSession ? PaymentStatus.CANCELED : null;
			case "requires_payment_method" -> offSession && intent.getLastPaymentError() != null
					? PaymentStatus.FAILED : null;
			default -> null;
		};
		String error = intent.getLastPaymentError() == null ? null : intent.getLastPaymentError().getMessage();
		return new StripeOutcome(paymentId(intent.getMetadata(), null), status, intent.getAmount(),
				intent.getCurrency(), error);
	}

	static String flow(PaymentIntent intent) {
		return intent.getMetadata() == null ? null : intent.getMetadata().get(FLOW);
	}

	private static UUID paymentId(Map<String, String> metadata, String fallback) {
		String id = metadata == null ? null : metadata.get("paymentId");
		id = id == null ? fallback : id;
		try {
			return id == null ? null : UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
