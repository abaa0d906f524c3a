package com.shareyoursales.leads.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** When a deposit's available amount reaches zero at the last 7 days' burn rate. */
@Schema(description = "Depletion forecast. burn (7 days) = commissions captured in the last 7 days + commissions "
		+ "reserved in the last 7 days for leads still pending (a lead reserved and captured in the window counts "
		+ "once); burnRatePerDay = burn / 7. outcome FORECAST, NO_BURN (no forecast) or DEPLETED.")
public record DepletionForecast(UUID depositId, BigDecimal available,
		@Schema(description = "Commissions captured in the last 7 days") BigDecimal capturedLast7Days,
		@Schema(description = "Commissions reserved in the last 7 days for leads still pending") BigDecimal newlyReservedLast7Days,
		@Schema(description = "(captured + newly reserved) / 7, 2 decimals half-up") BigDecimal burnRatePerDay,
		@Schema(description = "available x 7 / burn, 1 decimal rounded down; null without burn") @Nullable BigDecimal daysUntilDepleted,
		@Schema(description = "Today (business day) + whole days until depleted; null without burn") @Nullable LocalDate projectedDepletionDate,
		Outcome outcome) {

	public enum Outcome {

		FORECAST, NO_BURN, DEPLETED

	}

}
