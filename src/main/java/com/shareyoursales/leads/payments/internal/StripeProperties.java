package com.shareyoursales.leads.payments.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Stripe settings (LEADS_STRIPE_API_KEY, LEADS_STRIPE_WEBHOOK_SECRET, LEADS_STRIPE_API_BASE). Without an API key,
 * card payments are unavailable.
 *
 * @param apiKey the secret API key (sk_...)
 * @param webhookSecret the signing secret of the webhook endpoint (whsec_...)
 * @param apiBase Stripe's API address; tests point it at a local peer
 */
@ConfigurationProperties("leads.stripe")
public record StripeProperties(String apiKey, String webhookSecret, String apiBase) {

	public StripeProperties {
		apiKey = apiKey == null ? "" : apiKey.trim();
		webhookSecret = webhookSecret == null ? "" : webhookSecret.trim();
		apiBase = apiBase == null || apiBase.isBlank() ? "https://api.stripe.com" : apiBase.trim();
	}

	public boolean enabled() {
		return !apiKey.isEmpty();
	}

}
