package com.shareyoursales.leads.payments.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.shareyoursales.leads.payments.internal.StripeWebhooks;
import com.shareyoursales.leads.shared.DomainException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Payments")
class StripeWebhookController {

	private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);

	private final StripeWebhooks webhooks;

	StripeWebhookController(StripeWebhooks webhooks) {
		this.webhooks = webhooks;
	}

	/** The raw bytes are what Stripe signed: read as UTF-8 whatever the request's declared charset. */
	@PostMapping("/api/payments/stripe/webhook")
	@Operation(summary = "Stripe's webhook (signed with Stripe-Signature; not for clients)")
	Map<String, String> receive(@RequestBody byte[] body,
			@RequestHeader(name = "Stripe-Signature", required = false) String signature) {
		Event event;
		try {
			event = webhooks.verify(new String(body, StandardCharsets.UTF_8), signature);
		}
		catch (SignatureVerificationException ex) {
			log.warn("Refused a Stripe webhook: {}", ex.getMessage());
			throw new DomainException(DomainException.Kind.INVALID, "INVALID_WEBHOOK",
					"The Stripe-Signature does not verify or the event is unreadable");
		}
		return Map.of("received", event.getId(), "outcome", webhooks.handle(event));
	}

}
