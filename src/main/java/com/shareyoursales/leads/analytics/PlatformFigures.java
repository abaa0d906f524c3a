package com.shareyoursales.leads.analytics;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/** What an admin sees of the whole platform besides the lead KPIs. */
@Schema(description = "Platform figures for admins. Active = with at least one lead created in the range; deposit "
		+ "figures are current; recharges are the CREDIT ledger rows of the range.")
public record PlatformFigures(
		@Schema(description = "Merchants with at least one lead created in the range") long activeMerchants,
		@Schema(description = "Influencers with at least one lead created in the range") long activeInfluencers,
		@Schema(description = "Number of deposits") long deposits,
		@Schema(description = "Sum of the deposits' balances, now") BigDecimal depositsTotal,
		@Schema(description = "Sum of the amounts reserved for pending leads, now") BigDecimal depositsReserved,
		@Schema(description = "depositsTotal - depositsReserved") BigDecimal depositsAvailable,
		@Schema(description = "Deposits at WARNING, CRITICAL or DEPLETED, now") long depositsAtRisk,
		@Schema(description = "Number of credits (initial deposits and recharges) in the range") long recharges,
		@Schema(description = "Sum of those credits") BigDecimal rechargesAmount) {

}
