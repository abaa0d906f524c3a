package com.shareyoursales.leads.deposits;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.shareyoursales.leads.shared.AlertLevel;

/**
 * A succeeded payment funded a deposit (once per payment). Notifications confirm it to the merchant, and a credit
 * that lifts the level lifts the block.
 */
public record DepositCredited(UUID depositId, UUID merchantId, UUID paymentId, BigDecimal amount, BigDecimal balance,
		BigDecimal available, AlertLevel previousLevel, AlertLevel level, Instant at) {

}
