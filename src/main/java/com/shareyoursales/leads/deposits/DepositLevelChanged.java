package com.shareyoursales.leads.deposits;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.shareyoursales.leads.shared.AlertLevel;

/**
 * A movement moved a deposit to another alert level. Notifications decide from it whom to tell on which channels;
 * the payments module may start an auto-recharge.
 */
public record DepositLevelChanged(UUID depositId, UUID merchantId, AlertLevel previous, AlertLevel current,
		BigDecimal available, BigDecimal referenceAmount, Instant at) {

	public boolean worsened() {
		return current.isWorseThan(previous);
	}

}
