package com.shareyoursales.leads.payments.internal;

import com.shareyoursales.leads.identity.UserProfile;
import com.shareyoursales.leads.payments.Payment;
import com.shareyoursales.leads.payments.PaymentMethod;
import com.shareyoursales.leads.platform.LeadsProperties;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionCreateParams.LineItem;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData;
import com.stripe.param.checkout.SessionCreateParams.PaymentIntentData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Card payments on Stripe Checkout: a session in MAD centimes whose metadata names our payment and deposit, so the
 * webhook finds them again. A merchant who asks to save its card gets a Stripe customer and
 * {@code setup_future_usage=off_session}, which later auto-recharges use.
 */
@Component
class StripeGateway implements PaymentGateway {

	private static final Logger log = LoggerFactory.getLogger(StripeGateway.class);

	private final StripeApi stripe;

	private final StripeCustomers customers;

	private final PaymentRows payments;

	private final LeadsProperties leads;

	StripeGateway(StripeApi stripe, StripeCustomers customers, PaymentRows payments, LeadsProperties leads) {
		this.stripe = stripe;
		this.customers = customers;
		this.payments = payments;
		this.leads = leads;
	}

	@Override
	public PaymentMethod method() {
		return PaymentMethod.STRIPE;
	}

	@Override
	public Checkout start(Payment payment, UserProfile merchant, boolean saveCard) {
		if (!stripe.enabled()) {
			throw PaymentProblems.methodUnavailable(PaymentMethod.STRIPE);
		}
		try {
			Session session = stripe.createCheckoutSession(params(payment, merchant, saveCard), payment.externalKey());
			payments.setProviderReference(payment.id(), session.getId());
			return new Checkout(session.getUrl(), null, null);
		}
		catch (StripeException ex) {
			log.warn("Stripe refused a Checkout Session for payment {}: {}", payment.id(), ex.getMessage());
			throw PaymentProblems.providerUnavailable(PaymentMethod.STRIPE);
		}
	}

	private SessionCreateParams params(Payment payment, UserProfile merchant, boolean saveCard)
			throws StripeException {
		PaymentIntentData.Builder intent = PaymentIntentData.builder()
			.putMetadata(StripeOutcome.FLOW, "checkout")
			.putMetadata("paymentId", payment.id().toString())
			.putMetadata("depositId", payment.depositId().toString());
		SessionCreateParams.Builder session = SessionCreateParams.builder()
			.setMode(SessionCreateParams.Mode.PAYMENT)
			.setClientReferenceId(payment.id().toString())
			.putMetadata("paymentId", payment.id().toString())
			.putMetadata("depositId", payment.depositId().toString())
			.setSuccessUrl(PaymentGateway.returnUrl(leads.publicUrl(), payment, "success"))
			.setCancelUrl(PaymentGateway.returnUrl(leads.publicUrl(), payment, "cancel"))
			.addLineItem(LineItem.builder()
				.setQuantity(1L)
				.setPriceData(PriceData.builder()
					.setCurrency("mad")
					.setUnitAmount(StripeApi.centimes(payment.amount()))
					.setProductData(PriceData.ProductData.builder().setName("Leads deposit " + payment.externalKey()).build())
					.build())
				.build());
		if (saveCard) {
			session.setCustomer(customerOf(merchant, payment));
			intent.setSetupFutureUsage(PaymentIntentData.SetupFutureUsage.OFF_SESSION);
		}
		else {
			session.setCustomerEmail(merchant.email());
		}
		return session.setPaymentIntentData(intent.build()).build();
	}

	private String customerOf(UserProfile merchant, Payment payment) throws StripeException {
		var existing = customers.find(merchant.id());
		if (existing.isPresent()) {
			return existing.get().customerId();
		}
		String customerId = stripe.createCustomer(CustomerCreateParams.builder()
			.setEmail(merchant.email())
			.setName(merchant.businessName())
			.putMetadata("merchantId", merchant.id().toString())
			.build(), "customer-" + merchant.id()).getId();
		customers.insert(merchant.id(), customerId);
		return customerId;
	}

}
