package com.shareyoursales.leads.analytics.internal;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * A range of business days cut into the whole months it covers (read from the monthly rollups) and at most two
 * partial months at its ends (read from the daily rollups), so that a year is ~12 + 60 rows per key, whatever the
 * number of leads. Null bounds mean unbounded.
 */
public record PeriodSlices(LocalDate monthFrom, LocalDate monthToExclusive, LocalDate headFrom, LocalDate headTo,
		LocalDate tailFrom, LocalDate tailTo) {

	static final LocalDate MIN = LocalDate.of(1900, 1, 1);

	static final LocalDate MAX = LocalDate.of(9999, 12, 1);

	/**
	 * The rows of a rollup table that match a key condition over the slices, as three index range scans (an OR of
	 * the three would scan every period of the key), with the named parameters of {@link #bind}.
	 */
	static String rows(String table, String keyCondition) {
		return """
				(select * from %1$s where %2$s and grain = 'M' and period >= :monthFrom and period < :monthTo
				 union all
				 select * from %1$s where %2$s and grain = 'D' and period between :headFrom and :headTo
				 union all
				 select * from %1$s where %2$s and grain = 'D' and period between :tailFrom and :tailTo)"""
			.formatted(table, keyCondition);
	}

	public static PeriodSlices of(LocalDate from, LocalDate to) {
		LocalDate first = from == null ? MIN : from;
		LocalDate last = to == null ? MAX.minusDays(1) : to;
		LocalDate firstWholeMonth = first.getDayOfMonth() == 1 ? first
				: first.with(TemporalAdjusters.firstDayOfNextMonth());
		LocalDate afterLastWholeMonth = last.equals(last.with(TemporalAdjusters.lastDayOfMonth())) ? last.plusDays(1)
				: last.withDayOfMonth(1);
		if (firstWholeMonth.isBefore(afterLastWholeMonth)) {
			return new PeriodSlices(firstWholeMonth, afterLastWholeMonth, first, firstWholeMonth.minusDays(1),
					afterLastWholeMonth, last);
		}
		// no whole month: days only
		return new PeriodSlices(MAX, MAX, first, last, MAX, MIN);
	}

	org.springframework.jdbc.core.simple.JdbcClient.StatementSpec bind(
			org.springframework.jdbc.core.simple.JdbcClient.StatementSpec statement) {
		return statement.param("monthFrom", monthFrom)
			.param("monthTo", monthToExclusive)
			.param("headFrom", headFrom)
			.param("headTo", headTo)
			.param("tailFrom", tailFrom)
			.param("tailTo", tailTo);
	}

}
