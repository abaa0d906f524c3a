package com.shareyoursales.leads.deposits;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.shareyoursales.leads.shared.AlertLevel;

import org.jspecify.annotations.Nullable;

/**
 * A deposit as the SPEC's balance JSON shows it. {@code percentage} is available / referenceAmount with one
 * decimal; {@code blocked} is true when new leads are refused (DEPLETED).
 */
public record DepositBalance(UUID depositId, UUID merchantId, @Nullable UUID campaignId, @Nullable String campaignName,
		BigDecimal balance, BigDecimal reserved, BigDecimal available, BigDecimal referenceAmount,
		BigDecimal percentage, AlertLevel alertLevel, boolean blocked, Instant updatedAt) {

}
