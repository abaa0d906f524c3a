package com.shareyoursales.leads.deposits;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.shareyoursales.leads.shared.AlertLevel;

import org.jspecify.annotations.Nullable;

/**
 * A deposit as the SPEC's balance JSON shows it. {@code percentage} is available / referenceAmount with one
 * decimal; {@code blocked} is true when new leads are refused (DEPLETED). {@code merchantName} (company name, else
 * display name) lets the admin's list of deposits at risk say whose they are.
 */
public record DepositBalance(UUID depositId, UUID merchantId, String merchantName, @Nullable UUID campaignId,
		@Nullable String campaignName, BigDecimal balance, BigDecimal reserved, BigDecimal available, BigDecimal referenceAmount,
		BigDecimal percentage, AlertLevel alertLevel, boolean blocked, Instant updatedAt) {

}
