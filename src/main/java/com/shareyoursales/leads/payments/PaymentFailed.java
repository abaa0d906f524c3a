package com.shareyoursales.leads.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A payment was declined, rejected by an admin or abandoned; nothing was credited. Notifications tell the merchant. */
public record PaymentFailed(UUID paymentId, UUID merchantId, UUID depositId, PaymentMethod method, BigDecimal amount,
		String reason, Instant at) {

}
