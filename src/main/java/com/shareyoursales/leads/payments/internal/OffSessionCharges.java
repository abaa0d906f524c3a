package com.shareyoursales.leads.payments.internal;

import java.time.Clock;

import com.shareyoursales.leads.payments.AutoRechargeFailed;
import com.shareyoursales.leads.payments.Payment;
import com.shareyoursales.leads.payments.PaymentStatus;
import com.shareyoursales.leads.payments.internal.StripeCustomers.StripeCustomer;
import com.stripe.exception.CardException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Charges a saved card off-session for an auto-recharge payment already written (and committed: that row is what
 * "in flight" means). Stripe is called outside any transaction; its answer is recorded in a new one. A declined card
 * fails the payment, stops the rule and tells the merchant; a lost answer leaves the payment UNKNOWN for the
 * reconciliation job, and still in flight, so nothing charges twice.
 */
@Component
public class OffSessionCharges {

	/** What the charge came to. */
	public enum Result {

		CHARGED, PENDING, DECLINED, UNKNOWN

	}

	private static final Logger log = LoggerFactory.getLogger(OffSessionCharges.class);

	private final StripeApi stripe;

	private final PaymentRows payments;

	private final StripeWebhooks webhooks;

	private final Settlement settlement;

	private final AutoRechargeRules rules;

	private final SystemTransactions system;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OffSessionCharges(StripeApi stripe, PaymentRows payments, StripeWebhooks webhooks, Settlement settlement,
			AutoRechargeRules rules, SystemTransactions system,
			ApplicationEventPublisher events, Clock clock) {
		this.stripe = stripe;
		this.payments = payments;
		this.webhooks = webhooks;
		this.settlement = settlement;
		this.rules = rules;
		this.system = system;
		this.events = events;
		this.clock = clock;
	}

	public Result charge(Payment payment, StripeCustomer customer) {
		try {
			PaymentIntent intent = stripe.createPaymentIntent(params(payment, customer), payment.externalKey());
			String outcome = system.run(() -> {
				payments.setProviderReference(payment.id(), intent.getId());
				return webhooks.settle(payment, StripeOutcome.of(intent), "off-session charge");
			});
			return PaymentStatus.SUCCEEDED.name().equals(outcome) ? Result.CHARGED : Result.PENDING;
		}
		catch (CardException declined) {
			system.run(() -> {
				settlement.fail(payment.id(), PaymentStatus.FAILED, declined.getUserMessage() != null
						? declined.getUserMessage() : declined.getCode(), "off-session charge declined");
				rules.stop(payment.depositId(), "Card declined: " + declined.getCode(), clock.instant());
				events.publishEvent(new AutoRechargeFailed(payment.depositId(), payment.merchantId(), payment.id(),
						"DECLINED", declined.getUserMessage(), clock.instant()));
				return null;
			});
			return Result.DECLINED;
		}
		catch (StripeException lost) {
			log.warn("No answer from Stripe for auto-recharge {}: {}", payment.id(), lost.getMessage());
			system.run(() -> {
				settlement.unknown(payment.id(), "no answer from Stripe: " + lost.getMessage());
				return null;
			});
			return Result.UNKNOWN;
		}
	}

	private static PaymentIntentCreateParams params(Payment payment, StripeCustomer customer) {
		return PaymentIntentCreateParams.builder()
			.setAmount(StripeApi.centimes(payment.amount()))
			.setCurrency("mad")
			.setCustomer(customer.customerId())
			.setPaymentMethod(customer.paymentMethodId())
			.setOffSession(true)
			.setConfirm(true)
			.putMetadata(StripeOutcome.FLOW, "off_session")
			.putMetadata("paymentId", payment.id().toString())
			.putMetadata("depositId", payment.depositId().toString())
			.build();
	}

}
