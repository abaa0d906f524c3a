package com.shareyoursales.leads.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * SPEC "Alert levels" of a deposit, from r = available / referenceAmount. The SQL function
 * {@code deposit_alert_level} states the same table; a property test keeps the two equal.
 */
public enum AlertLevel {

	HEALTHY, ATTENTION, WARNING, CRITICAL, DEPLETED;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Compares without division so that exactly 50 %, 20 % and 10 % fall on the documented side. */
	public static AlertLevel of(BigDecimal available, BigDecimal referenceAmount) {
		if (available.signum() <= 0) {
			return DEPLETED;
		}
		if (referenceAmount.signum() <= 0) {
			return HEALTHY;
		}
		BigDecimal scaled = available.multiply(HUNDRED);
		if (scaled.compareTo(referenceAmount.multiply(BigDecimal.valueOf(50))) > 0) {
			return HEALTHY;
		}
		if (scaled.compareTo(referenceAmount.multiply(BigDecimal.valueOf(20))) > 0) {
			return ATTENTION;
		}
		if (scaled.compareTo(referenceAmount.multiply(BigDecimal.TEN)) > 0) {
			return WARNING;
		}
		return CRITICAL;
	}

	/** available / reference in percent with one decimal; 0.0 before the first credit. */
	public static BigDecimal percentage(BigDecimal available, BigDecimal referenceAmount) {
		if (referenceAmount.signum() <= 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return available.multiply(HUNDRED).divide(referenceAmount, 1, RoundingMode.HALF_UP);
	}

	public boolean isWorseThan(AlertLevel other) {
		return ordinal() > other.ordinal();
	}

}
