package com.shareyoursales.leads.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A provider (or an admin, for a bank transfer) confirmed a payment and its deposit was credited in the same
 * transaction. Notifications send the confirmation with the receipt.
 */
public record PaymentSucceeded(UUID paymentId, UUID merchantId, UUID depositId, PaymentMethod method,
		BigDecimal amount, String providerReference, String receiptNumber, Instant at) {

}
