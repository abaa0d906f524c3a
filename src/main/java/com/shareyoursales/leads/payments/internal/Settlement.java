package com.shareyoursales.leads.payments.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import com.shareyoursales.leads.deposits.DepositLedger;
import com.shareyoursales.leads.payments.Payment;
import com.shareyoursales.leads.payments.PaymentFailed;
import com.shareyoursales.leads.payments.PaymentStatus;
import com.shareyoursales.leads.payments.PaymentSucceeded;
import com.shareyoursales.leads.shared.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where a payment's outcome is decided, whoever reports it (an admin, a Stripe webhook, a CMI
 * callback, the reconciliation job). The payment row is locked first, so concurrent reports are decided one after
 * the other: the first success credits the deposit in the same transaction, every later one finds it SUCCEEDED and
 * changes nothing (and the ledger's unique index would refuse a second credit anyway). The receipt number is taken
 * in the same transaction, so numbers have no gaps.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Settlement {

	private final PaymentRows payments;

	private final DepositLedger ledger;

	private final ApplicationEventPublisher events;

	private final ReceiptNumbers receipts;

	private final Clock clock;

	Settlement(PaymentRows payments, DepositLedger ledger, ReceiptNumbers receipts, ApplicationEventPublisher events,
			Clock clock) {
		this.payments = payments;
		this.receipts = receipts;
		this.ledger = ledger;
		this.events = events;
		this.clock = clock;
	}

	/** What a report did: whether it changed the payment, and the payment after it. */
	public record Outcome(boolean changed, Payment payment) {
	}

	/**
	 * Marks the payment SUCCEEDED and credits its deposit, once. A payment that is no longer open (already FAILED or
	 * CANCELED) is left as it is: {@code changed} is false and the caller decides how loudly to refuse.
	 */
	public Outcome succeed(UUID paymentId, String providerReference, UUID by, String note) {
		Payment payment = payments.lock(paymentId).orElseThrow(() -> DomainException.notFound("Payment"));
		if (payment.status() == PaymentStatus.SUCCEEDED) {
			return new Outcome(false, payment);
		}
		if (!payment.status().isOpen()) {
			return new Outcome(false, payment);
		}
		Instant now = clock.instant();
		payments.changeStatus(payment, PaymentStatus.SUCCEEDED, providerReference, null, now, note);
		ledger.credit(payment.depositId(), payment.id(), payment.amount(), by);
		receipts.assign(payment.id(), now);
		Payment succeeded = payments.find(paymentId).orElseThrow();
		events.publishEvent(new PaymentSucceeded(succeeded.id(), succeeded.merchantId(), succeeded.depositId(),
				succeeded.method(), succeeded.amount(), succeeded.providerReference(), succeeded.receiptNumber(),
				clock.instant()));
		return new Outcome(true, succeeded);
	}

	/** Marks an open payment FAILED (or CANCELED) with the reason; a repeat, or a closed payment, changes nothing. */
	public Outcome fail(UUID paymentId, PaymentStatus target, String providerError, String note) {
		Payment payment = payments.lock(paymentId).orElseThrow(() -> DomainException.notFound("Payment"));
		if (payment.status() == target) {
			return new Outcome(false, payment);
		}
		if (!payment.status().isOpen()) {
			return new Outcome(false, payment);
		}
		payments.changeStatus(payment, target, null, providerError, clock.instant(), note);
		events.publishEvent(new PaymentFailed(payment.id(), payment.merchantId(), payment.depositId(),
				payment.method(), payment.amount(), providerError, clock.instant()));
		return new Outcome(true, payments.find(paymentId).orElseThrow());
	}

	/** A provider approved a new attempt of a payment it had declined: the payment is open again. */
	public void reopen(UUID paymentId, String note) {
		Payment payment = payments.lock(paymentId).orElseThrow(() -> DomainException.notFound("Payment"));
		if (payment.status() == PaymentStatus.FAILED) {
			payments.changeStatus(payment, PaymentStatus.PENDING, null, null, clock.instant(), note);
		}
	}

	/** Marks an open payment UNKNOWN: the provider's answer was lost, the reconciliation job will ask again. */
	public void unknown(UUID paymentId, String note) {
		Payment payment = payments.lock(paymentId).orElseThrow(() -> DomainException.notFound("Payment"));
		if (payment.status() == PaymentStatus.PENDING) {
			payments.changeStatus(payment, PaymentStatus.UNKNOWN, null, null, clock.instant(), note);
		}
	}

}
