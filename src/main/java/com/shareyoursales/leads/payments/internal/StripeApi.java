package com.shareyoursales.leads.payments.internal;

import java.math.BigDecimal;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.model.PaymentIntent;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.checkout.SessionCreateParams;

import org.springframework.stereotype.Component;

/**
 * The few Stripe calls the service makes, through one {@link StripeClient} whose API base is configuration. Every
 * creating call carries our payment's external key as Stripe's idempotency key, so a retried call never charges
 * twice.
 */
@Component
public class StripeApi {

	private final StripeProperties properties;

	private final StripeClient client;

	StripeApi(StripeProperties properties) {
		this.properties = properties;
		this.client = StripeClient.builder()
			.setApiKey(properties.enabled() ? properties.apiKey() : "sk_unconfigured")
			.setApiBase(properties.apiBase())
			.setMaxNetworkRetries(2)
			.setConnectTimeout(10_000)
			.setReadTimeout(30_000)
			.build();
	}

	public boolean enabled() {
		return properties.enabled();
	}

	public Session createCheckoutSession(SessionCreateParams params, String idempotencyKey) throws StripeException {
		return client.v1().checkout().sessions().create(params, options(idempotencyKey));
	}

	public Session session(String id) throws StripeException {
		return client.v1().checkout().sessions().retrieve(id);
	}

	public Customer createCustomer(CustomerCreateParams params, String idempotencyKey) throws StripeException {
		return client.v1().customers().create(params, options(idempotencyKey));
	}

	public PaymentIntent createPaymentIntent(PaymentIntentCreateParams params, String idempotencyKey)
			throws StripeException {
		return client.v1().paymentIntents().create(params, options(idempotencyKey));
	}

	public PaymentIntent paymentIntent(String id) throws StripeException {
		return client.v1().paymentIntents().retrieve(id);
	}

	/** MAD has two decimals: Stripe counts in centimes. */
	public static long centimes(BigDecimal amount) {
		return amount.movePointRight(2).longValueExact();
	}

	private static RequestOptions options(String idempotencyKey) {
		return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
	}

}
