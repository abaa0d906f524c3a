package com.shareyoursales.leads.payments;

import java.time.Instant;
import java.util.UUID;

/**
 * An auto-recharge could not charge the merchant's card and the rule stopped (no retry loop): notifications tell
 * the merchant to recharge by hand or save another card. {@code reason} is DECLINED, NO_SAVED_CARD or
 * ABOVE_MAXIMUM; {@code paymentId} is null when no payment was attempted.
 */
public record AutoRechargeFailed(UUID depositId, UUID merchantId, UUID paymentId, String reason, String message,
		Instant at) {

}
