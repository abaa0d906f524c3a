package com.shareyoursales.leads.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * SPEC "Commission of a lead": below the threshold, the rate (a percentage) of the value rounded half-up to the
 * centime; at or above it, the flat amount. The SQL function {@code calculate_lead_commission} states the same
 * rule; a property test keeps the two equal.
 */
public record CommissionRule(BigDecimal threshold, BigDecimal ratePercent, BigDecimal flat) {

	public static final CommissionRule DEFAULT = new CommissionRule(Money.of("800.00"), new BigDecimal("10.00"),
			Money.of("80.00"));

	public BigDecimal commissionFor(BigDecimal serviceValue) {
		if (serviceValue.compareTo(threshold) < 0) {
			return serviceValue.multiply(ratePercent).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
		}
		return flat.setScale(2, RoundingMode.HALF_UP);
	}

}
