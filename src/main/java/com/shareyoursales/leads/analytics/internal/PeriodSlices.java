package com.shareyoursales.leads.analytics.internal;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * A range of business days cut into the rollup periods that cover it exactly: the whole months inside it and, in
 * the one or two partial months at its ends, whole ten-day blocks (where the rollups keep them, grain 'T') and
 * single days. A year is then at most 11 months + 4 blocks + 18 days per key with blocks (11 months + 60 days
 * without), whatever the number of leads. Null bounds mean unbounded.
 */
public record PeriodSlices(List<Slice> slices) {

	/** Rollup rows of one grain whose period (the first day of a day, block or month) is in [from, to]. */
	public record Slice(char grain, LocalDate from, LocalDate to) {
	}

	static final LocalDate MIN = LocalDate.of(1900, 1, 1);

	static final LocalDate MAX = LocalDate.of(9999, 11, 30);

	private static final int[] BLOCK_STARTS = { 1, 11, 21 };

	public PeriodSlices {
		slices = List.copyOf(slices);
	}

	public static PeriodSlices of(LocalDate from, LocalDate to, boolean tenDayBlocks) {
		LocalDate first = from == null ? MIN : from;
		LocalDate last = to == null ? MAX : to;
		List<Slice> slices = new ArrayList<>();
		LocalDate firstWholeMonth = first.getDayOfMonth() == 1 ? first
				: first.with(TemporalAdjusters.firstDayOfNextMonth());
		LocalDate lastWholeMonth = last.equals(last.with(TemporalAdjusters.lastDayOfMonth())) ? last.withDayOfMonth(1)
				: last.withDayOfMonth(1).minusMonths(1);
		if (!firstWholeMonth.isAfter(lastWholeMonth)) {
			slices.add(new Slice('M', firstWholeMonth, lastWholeMonth));
			withinMonth(first, firstWholeMonth.minusDays(1), tenDayBlocks, slices);
			withinMonth(lastWholeMonth.plusMonths(1), last, tenDayBlocks, slices);
		}
		else {
			// no whole month: the range lies in one month or across one month boundary
			LocalDate endOfFirstMonth = first.with(TemporalAdjusters.lastDayOfMonth());
			withinMonth(first, last.isBefore(endOfFirstMonth) ? last : endOfFirstMonth, tenDayBlocks, slices);
			withinMonth(endOfFirstMonth.plusDays(1), last, tenDayBlocks, slices);
		}
		return new PeriodSlices(slices);
	}

	/** Days a..b of one month (nothing when b is before a): its whole ten-day blocks, and days for the rest. */
	private static void withinMonth(LocalDate a, LocalDate b, boolean tenDayBlocks, List<Slice> slices) {
		if (b.isBefore(a)) {
			return;
		}
		LocalDate firstBlock = null;
		LocalDate lastBlock = null;
		if (tenDayBlocks) {
			for (int i = 0; i < BLOCK_STARTS.length; i++) {
				LocalDate start = a.withDayOfMonth(BLOCK_STARTS[i]);
				LocalDate end = i + 1 < BLOCK_STARTS.length ? a.withDayOfMonth(BLOCK_STARTS[i + 1] - 1)
						: a.with(TemporalAdjusters.lastDayOfMonth());
				if (!start.isBefore(a) && !end.isAfter(b)) {
					firstBlock = firstBlock == null ? start : firstBlock;
					lastBlock = start;
				}
			}
		}
		if (firstBlock == null) {
			slices.add(new Slice('D', a, b));
			return;
		}
		slices.add(new Slice('T', firstBlock, lastBlock));
		if (a.isBefore(firstBlock)) {
			slices.add(new Slice('D', a, firstBlock.minusDays(1)));
		}
		LocalDate afterLastBlock = lastBlock.getDayOfMonth() == 21 ? lastBlock.plusMonths(1).withDayOfMonth(1)
				: lastBlock.plusDays(10);
		if (!afterLastBlock.isAfter(b)) {
			slices.add(new Slice('D', afterLastBlock, b));
		}
	}

	/**
	 * The rows of a rollup table that match a key condition over the slices, as one index range scan per slice (an
	 * OR of them would scan every period of the key), with the named parameters of {@link #bind}.
	 */
	String rows(String table, String keyCondition) {
		StringJoiner union = new StringJoiner(" union all ", "(", ")");
		for (int i = 0; i < slices.size(); i++) {
			union.add("select * from %s where %s and grain = '%s' and period between :from%d and :to%d"
				.formatted(table, keyCondition, slices.get(i).grain(), i, i));
		}
		return union.toString();
	}

	StatementSpec bind(StatementSpec statement) {
		for (int i = 0; i < slices.size(); i++) {
			statement.param("from" + i, slices.get(i).from()).param("to" + i, slices.get(i).to());
		}
		return statement;
	}

}
