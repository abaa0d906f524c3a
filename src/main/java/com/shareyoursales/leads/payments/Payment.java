package com.shareyoursales.leads.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One payment attempt that funds a deposit. {@code externalKey} is our own reference (the one a merchant writes on
 * a bank transfer); {@code providerReference} is the provider's (Stripe session, CMI order, bank statement line).
 */
public record Payment(UUID id, UUID merchantId, String merchantName, UUID depositId, PaymentMethod method,
		BigDecimal amount, String currency, PaymentStatus status, @Nullable String providerReference,
		@Nullable String providerError, String externalKey, @Nullable String receiptNumber, Instant createdAt,
		Instant updatedAt) {

}
