package com.shareyoursales.leads.payments.internal;

import java.time.Clock;
import java.util.Optional;

import com.shareyoursales.leads.payments.Payment;
import com.shareyoursales.leads.payments.PaymentMethod;
import com.shareyoursales.leads.payments.PaymentStatus;
import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stripe's webhook: the signature is verified before anything else (a forged, stale or tampered delivery changes
 * nothing), then each event id is handled once, in one transaction with the payment's settlement.
 */
@Component
public class StripeWebhooks {

	private static final Logger log = LoggerFactory.getLogger(StripeWebhooks.class);

	private static final long TOLERANCE_SECONDS = 300;

	private final StripeProperties properties;

	private final StripeEvents events;

	private final PaymentRows payments;

	private final StripeCustomers customers;

	private final Settlement settlement;

	private final Clock clock;

	StripeWebhooks(StripeProperties properties, StripeEvents events, PaymentRows payments, StripeCustomers customers,
			Settlement settlement, Clock clock) {
		this.properties = properties;
		this.events = events;
		this.payments = payments;
		this.customers = customers;
		this.settlement = settlement;
		this.clock = clock;
	}

	/** Verifies the {@code Stripe-Signature} header over the raw body; throws when it does not hold. */
	public Event verify(String payload, String signature) throws SignatureVerificationException {
		if (properties.webhookSecret().isEmpty()) {
			throw new SignatureVerificationException("No webhook secret is configured", signature);
		}
		if (signature == null || signature.isBlank()) {
			throw new SignatureVerificationException("Missing Stripe-Signature header", signature);
		}
		try {
			return Webhook.constructEvent(payload, signature, properties.webhookSecret(), TOLERANCE_SECONDS, clock);
		}
		catch (RuntimeException unreadable) {
			throw new SignatureVerificationException("Signed but unreadable event: " + unreadable.getMessage(),
					signature);
		}
	}

	/** Handles a verified event once; answers what it did (for the logs and the response). */
	@Transactional
	public String handle(Event event) {
		Optional<StripeOutcome> outcome = outcome(event);
		Optional<Payment> payment = outcome.map(StripeOutcome::paymentId).flatMap(payments::find);
		if (!events.firstDelivery(event.getId(), event.getType(), payment.map(Payment::id).orElse(null))) {
			return "duplicate";
		}
		if (outcome.isEmpty()) {
			return "ignored";
		}
		if (payment.isEmpty() || payment.get().method() != PaymentMethod.STRIPE) {
			log.warn("Stripe event {} ({}) names no Stripe payment of ours", event.getId(), event.getType());
			return "unknown payment";
		}
		rememberSavedCard(event);
		return settle(payment.get(), outcome.get(), event.getId());
	}

	/** Applies a Stripe outcome to the payment (webhook or reconciliation), checking amount and currency first. */
	String settle(Payment payment, StripeOutcome outcome, String source) {
		if (outcome.status() == null) {
			return "pending";
		}
		if (outcome.status() == PaymentStatus.SUCCEEDED && !sameAmount(payment, outcome)) {
			log.error("Stripe reports {} {} for payment {} of {} MAD: not credited", outcome.amount(),
					outcome.currency(), payment.id(), payment.amount());
			return "amount mismatch";
		}
		Settlement.Outcome result = outcome.status() == PaymentStatus.SUCCEEDED
				? settlement.succeed(payment.id(), null, null, "stripe " + source)
				: settlement.fail(payment.id(), outcome.status(), outcome.error(), "stripe " + source);
		return result.changed() ? result.payment().status().name() : "unchanged";
	}

	private static boolean sameAmount(Payment payment, StripeOutcome outcome) {
		return outcome.amount() != null && outcome.amount() == StripeApi.centimes(payment.amount())
				&& "mad".equalsIgnoreCase(outcome.currency());
	}

	private static Optional<StripeOutcome> outcome(Event event) {
		return switch (event.getType()) {
			case "checkout.session.completed", "checkout.session.expired" ->
				object(event, Session.class).map(StripeOutcome::of);
			case "checkout.session.async_payment_succeeded" ->
				object(event, Session.class).map(session -> StripeOutcome.of(session, PaymentStatus.SUCCEEDED, null));
			case "checkout.session.async_payment_failed" -> object(event, Session.class)
				.map(session -> StripeOutcome.of(session, PaymentStatus.FAILED, "The payment did not go through"));
			case "payment_intent.succeeded", "payment_intent.payment_failed" ->
				object(event, PaymentIntent.class).map(StripeOutcome::of);
			default -> Optional.empty();
		};
	}

	private void rememberSavedCard(Event event) {
		if ("payment_intent.succeeded".equals(event.getType())) {
			object(event, PaymentIntent.class)
				.filter(intent -> "off_session".equals(intent.getSetupFutureUsage()) && intent.getCustomer() != null
						&& intent.getPaymentMethod() != null)
				.ifPresent(intent -> customers.saveCard(intent.getCustomer(), intent.getPaymentMethod()));
		}
	}

	/**
	 * The event's object. stripe-java deserialises it only when the event's API version is the library's; the
	 * fields we read are stable across versions, so another version is read anyway.
	 */
	private static <T extends StripeObject> Optional<T> object(Event event, Class<T> type) {
		var deserializer = event.getDataObjectDeserializer();
		try {
			StripeObject object = deserializer.getObject().isPresent() ? deserializer.getObject().get()
					: deserializer.deserializeUnsafe();
			return type.isInstance(object) ? Optional.of(type.cast(object)) : Optional.empty();
		}
		catch (EventDataObjectDeserializationException ex) {
			log.warn("Stripe event {} has an unreadable object: {}", event.getId(), ex.getMessage());
			return Optional.empty();
		}
	}

}
