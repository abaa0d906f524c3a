package com.shareyoursales.leads.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Dirham amounts as {@link BigDecimal} with two decimals. Never floating point.
 */
public final class Money {

	public static final BigDecimal ZERO = new BigDecimal("0.00");

	public static final BigDecimal MAX_MOVEMENT = new BigDecimal("1000000.00");

	private Money() {
	}

	public static BigDecimal of(String amount) {
		return new BigDecimal(amount).setScale(2, RoundingMode.UNNECESSARY);
	}

	/** Normalises an amount that is known to have at most two decimals (validated before). */
	public static BigDecimal normalize(BigDecimal amount) {
		return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	public static boolean hasAtMostTwoDecimals(BigDecimal amount) {
		return amount.stripTrailingZeros().scale() <= 2;
	}

}
