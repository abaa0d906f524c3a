package com.shareyoursales.leads.payments.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.shareyoursales.leads.payments.Payment;
import com.shareyoursales.leads.payments.PaymentMethod;
import com.shareyoursales.leads.payments.PaymentReconciliation.Counts;
import com.stripe.exception.StripeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Kill Bill's janitor for Stripe: a payment left PENDING or UNKNOWN for over an hour (a lost webhook, a time-out) is
 * looked up at Stripe, and settled as Stripe says. Stripe is asked outside any transaction; each payment is then
 * settled in its own.
 */
@Component
public class StripeReconciliation {

	private static final Logger log = LoggerFactory.getLogger(StripeReconciliation.class);

	private static final Duration AGE = Duration.ofHours(1);

	private static final int BATCH = 200;

	private final StripeApi stripe;

	private final PaymentRows payments;

	private final StripeWebhooks webhooks;

	private final TransactionTemplate transaction;

	private final Clock clock;

	StripeReconciliation(StripeApi stripe, PaymentRows payments, StripeWebhooks webhooks,
			TransactionTemplate transaction, Clock clock) {
		this.stripe = stripe;
		this.payments = payments;
		this.webhooks = webhooks;
		this.transaction = transaction;
		this.clock = clock;
	}

	public Counts run() {
		if (!stripe.enabled()) {
			return new Counts(0, 0, 0);
		}
		List<Payment> open = transaction
			.execute(status -> payments.openSince(PaymentMethod.STRIPE, clock.instant().minus(AGE), BATCH));
		int settled = 0;
		int errors = 0;
		for (Payment payment : open) {
			try {
				StripeOutcome outcome = ask(payment);
				String result = transaction.execute(status -> webhooks.settle(payment, outcome, "reconciliation"));
				settled += "SUCCEEDED".equals(result) || "FAILED".equals(result) || "CANCELED".equals(result) ? 1 : 0;
			}
			catch (StripeException | RuntimeException ex) {
				errors++;
				log.warn("Could not reconcile payment {} with Stripe: {}", payment.id(), ex.getMessage());
			}
		}
		return new Counts(open.size(), settled, errors);
	}

	private StripeOutcome ask(Payment payment) throws StripeException {
		String reference = payment.providerReference();
		if (reference == null) {
			return new StripeOutcome(payment.id(), null, null, null, null);
		}
		return reference.startsWith("pi_") ? StripeOutcome.of(stripe.paymentIntent(reference))
				: StripeOutcome.of(stripe.session(reference));
	}

}
