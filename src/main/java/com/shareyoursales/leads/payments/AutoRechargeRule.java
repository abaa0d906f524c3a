package com.shareyoursales.leads.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.shareyoursales.leads.shared.AlertLevel;

import org.jspecify.annotations.Nullable;

/**
 * A deposit's auto-recharge: when its level reaches {@code triggerLevel}, the saved card is charged {@code amount}
 * (FIXED) or what brings the available amount up to {@code amount} (TOP_UP_TO). {@code stoppedAt} and
 * {@code stopReason} say why it no longer runs (a declined card); saving the rule again re-arms it.
 */
public record AutoRechargeRule(UUID depositId, UUID merchantId, boolean enabled, AlertLevel triggerLevel, Mode mode,
		BigDecimal amount, boolean cardSaved, @Nullable Instant stoppedAt, @Nullable String stopReason) {

	public enum Mode {

		FIXED, TOP_UP_TO

	}

	public boolean armed() {
		return enabled && stoppedAt == null;
	}

}
