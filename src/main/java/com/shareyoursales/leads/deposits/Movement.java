package com.shareyoursales.leads.deposits;

import java.math.BigDecimal;

import com.shareyoursales.leads.shared.AlertLevel;

/**
 * What a ledger movement did: {@code OK}, or why nothing moved ({@code DEPLETED}, {@code INSUFFICIENT},
 * {@code ALREADY_CREDITED}, {@code NOT_FOUND}), with the deposit's state after it.
 */
public record Movement(Outcome outcome, BigDecimal balance, BigDecimal reserved, BigDecimal referenceAmount,
		AlertLevel level, AlertLevel previousLevel, Long transactionId) {

	public enum Outcome {

		OK, DEPLETED, INSUFFICIENT, ALREADY_CREDITED, NOT_FOUND

	}

	public boolean moved() {
		return outcome == Outcome.OK;
	}

	public BigDecimal available() {
		return balance.subtract(reserved);
	}

	public boolean levelChanged() {
		return moved() && level != previousLevel;
	}

}
