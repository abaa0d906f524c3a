package com.shareyoursales.leads.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SortedMap;

/**
 * The one definition of every lead KPI. The SQL views {@code lead_campaign_stats} and
 * {@code influencer_lead_performance} state the same formulas and a test keeps both equal.
 * <ul>
 * <li>A date range selects the leads created on those business days (Africa/Casablanca), in their current status.</li>
 * <li>validation rate = validated / (validated + rejected + expired); ignored-lead rate = expired / (validated +
 * rejected + expired); both with {@value #RATE_SCALE} decimals, half-up, null when nothing was decided.</li>
 * <li>time to decision = decidedAt - createdAt of VALIDATED and REJECTED leads (in seconds), truncated to the minute
 * under 1 h, to 5 minutes under 24 h, to the hour beyond; median and p90 are nearest-rank percentiles (rank =
 * ceil(p x N), as PostgreSQL's percentile_disc) of those truncated times.</li>
 * <li>commissions captured = commissions of VALIDATED leads (a merchant's spend, an influencer's earnings);
 * pending = commissions of PENDING leads (still reserved on the deposit).</li>
 * <li>cost per validated lead = captured / validated, 2 decimals half-up, null without a validated lead.</li>
 * <li>GMV (validatedValue) = the estimated service values of the VALIDATED leads.</li>
 * </ul>
 */
public final class Kpis {

	public static final int RATE_SCALE = 4;

	public static final double MEDIAN = 0.5;

	public static final double P90 = 0.9;

	private Kpis() {
	}

	/** numerator / denominator with {@value #RATE_SCALE} decimals, half-up; null when the denominator is 0. */
	public static BigDecimal rate(long numerator, long denominator) {
		if (denominator == 0) {
			return null;
		}
		return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), RATE_SCALE, RoundingMode.HALF_UP);
	}

	public static BigDecimal costPerValidatedLead(BigDecimal captured, long validated) {
		if (validated == 0) {
			return null;
		}
		return captured.divide(BigDecimal.valueOf(validated), 2, RoundingMode.HALF_UP);
	}

	/**
	 * Nearest-rank percentile of a histogram (bucket lower bound in seconds -> count), computed as PostgreSQL's
	 * percentile_disc: the first value whose rank reaches ceil(p x N). Null for an empty histogram.
	 */
	public static Long percentile(SortedMap<Integer, Long> histogram, double p) {
		long total = histogram.values().stream().mapToLong(Long::longValue).sum();
		if (total == 0) {
			return null;
		}
		long rank = Math.max(1, (long) Math.ceil(p * total));
		long seen = 0;
		for (var bucket : histogram.entrySet()) {
			seen += bucket.getValue();
			if (seen >= rank) {
				return bucket.getKey().longValue();
			}
		}
		return histogram.lastKey().longValue();
	}

}
