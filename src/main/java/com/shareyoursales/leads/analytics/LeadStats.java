package com.shareyoursales.leads.analytics;

import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;

import com.shareyoursales.leads.shared.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** The KPIs of a set of leads (see {@link Kpis} for the definitions). */
@Schema(description = "Lead KPIs of the leads created on the business days of the range (Africa/Casablanca), in "
		+ "their current status. Rates are decimals with 4 places (0.6667 = 66.67 %), money strings with 2.")
public record LeadStats(
		@Schema(description = "All leads") long totalLeads,
		@Schema(description = "Leads awaiting a decision") long pendingLeads,
		@Schema(description = "Leads validated (by the merchant, or by silence on VALIDATE campaigns)") long validatedLeads,
		@Schema(description = "Leads rejected by the merchant") long rejectedLeads,
		@Schema(description = "Leads that expired undecided") long expiredLeads,
		@Schema(description = "validated / (validated + rejected + expired), 4 decimals half-up; null when none was decided") @Nullable BigDecimal validationRate,
		@Schema(description = "Ignored-lead rate: expired / (validated + rejected + expired), 4 decimals half-up; null when none was decided") @Nullable BigDecimal ignoredRate,
		@Schema(description = "Median time to decision in seconds (VALIDATED and REJECTED leads; nearest rank; times truncated to the minute under 1 h, 5 minutes under 24 h, the hour beyond)") @Nullable Long medianDecisionSeconds,
		@Schema(description = "90th percentile of the time to decision in seconds (same definition as the median)") @Nullable Long p90DecisionSeconds,
		@Schema(description = "Commissions of VALIDATED leads: the merchant's spend, the influencer's earnings") BigDecimal commissionsCaptured,
		@Schema(description = "Commissions of PENDING leads, still reserved on the deposit") BigDecimal commissionsPending,
		@Schema(description = "commissionsCaptured / validatedLeads, 2 decimals half-up; null without a validated lead") @Nullable BigDecimal costPerValidatedLead,
		@Schema(description = "GMV: the estimated service value of the VALIDATED leads") BigDecimal validatedValue) {

	/** Sums of one status: lead count, commissions and service values. */
	public record StatusTotals(long leads, BigDecimal commission, BigDecimal serviceValue) {

		public static final StatusTotals NONE = new StatusTotals(0, Money.ZERO, Money.ZERO);

	}

	public static LeadStats of(Map<String, StatusTotals> byStatus, SortedMap<Integer, Long> decisionHistogram) {
		StatusTotals pending = byStatus.getOrDefault("PENDING", StatusTotals.NONE);
		StatusTotals validated = byStatus.getOrDefault("VALIDATED", StatusTotals.NONE);
		long rejected = byStatus.getOrDefault("REJECTED", StatusTotals.NONE).leads();
		long expired = byStatus.getOrDefault("EXPIRED", StatusTotals.NONE).leads();
		long decided = validated.leads() + rejected + expired;
		BigDecimal captured = Money.normalize(validated.commission());
		return new LeadStats(pending.leads() + decided, pending.leads(), validated.leads(), rejected, expired,
				Kpis.rate(validated.leads(), decided), Kpis.rate(expired, decided),
				Kpis.percentile(decisionHistogram, Kpis.MEDIAN), Kpis.percentile(decisionHistogram, Kpis.P90), captured,
				Money.normalize(pending.commission()), Kpis.costPerValidatedLead(captured, validated.leads()),
				Money.normalize(validated.serviceValue()));
	}

}
