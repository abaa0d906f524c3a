package com.shareyoursales.leads.analytics.internal;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import com.shareyoursales.leads.analytics.internal.PeriodSlices.Slice;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slices of a range must cover each of its days exactly once (a day counted twice or missed is a wrong KPI), and
 * stay few: that is what keeps a stats read independent of the history.
 */
class PeriodSlicesProperties {

	private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);

	@Property(tries = 2000)
	void everyDayOfTheRangeIsCoveredExactlyOnce(@ForAll @IntRange(min = 0, max = 1200) int start,
			@ForAll @IntRange(min = 0, max = 800) int length, @ForAll boolean tenDayBlocks) {
		LocalDate from = EPOCH.plusDays(start);
		LocalDate to = from.plusDays(length);

		List<LocalDate> covered = days(PeriodSlices.of(from, to, tenDayBlocks));

		assertThat(covered).hasSize(length + 1).doesNotHaveDuplicates().allMatch(day -> !day.isBefore(from)
				&& !day.isAfter(to));
	}

	@Property(tries = 1000)
	void aRangeIsAtMostOneMonthSliceTwoBlockSlicesAndFourDaySlices(@ForAll @IntRange(min = 0, max = 1200) int start,
			@ForAll @IntRange(min = 0, max = 800) int length) {
		PeriodSlices slices = PeriodSlices.of(EPOCH.plusDays(start), EPOCH.plusDays(start + length), true);

		assertThat(slices.slices().stream().filter(s -> s.grain() == 'M')).hasSizeLessThanOrEqualTo(1);
		assertThat(slices.slices().stream().filter(s -> s.grain() == 'T')).hasSizeLessThanOrEqualTo(2);
		assertThat(slices.slices().stream().filter(s -> s.grain() == 'D')).hasSizeLessThanOrEqualTo(4);
		assertThat(days(slices.slices().stream().filter(s -> s.grain() == 'D').toList())).hasSizeLessThanOrEqualTo(36);
	}

	@Example
	void aYearEndingOnTheFirstOfAMonthIsElevenMonthsTwoBlocksAndTenDays() {
		PeriodSlices slices = PeriodSlices.of(LocalDate.of(2025, 12, 2), LocalDate.of(2026, 12, 1), true);

		assertThat(slices.slices()).containsExactlyInAnyOrder(
				new Slice('M', LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 1)),
				new Slice('T', LocalDate.of(2025, 12, 11), LocalDate.of(2025, 12, 21)),
				new Slice('D', LocalDate.of(2025, 12, 2), LocalDate.of(2025, 12, 10)),
				new Slice('D', LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)));
	}

	@Example
	void unboundedRangesAreWholeMonths() {
		assertThat(PeriodSlices.of(null, null, true).slices())
			.containsExactly(new Slice('M', PeriodSlices.MIN, PeriodSlices.MAX.withDayOfMonth(1)));
	}

	private static List<LocalDate> days(PeriodSlices slices) {
		return days(slices.slices());
	}

	/** The days a slice's periods stand for: whole months, whole blocks (1-10, 11-20, 21-end) or single days. */
	private static List<LocalDate> days(List<Slice> slices) {
		List<LocalDate> days = new ArrayList<>();
		for (Slice slice : slices) {
			for (LocalDate period = slice.from(); !period.isAfter(slice.to()); period = next(slice.grain(), period)) {
				LocalDate end = switch (slice.grain()) {
					case 'M' -> period.with(TemporalAdjusters.lastDayOfMonth());
					case 'T' -> period.getDayOfMonth() == 21 ? period.with(TemporalAdjusters.lastDayOfMonth())
							: period.plusDays(9);
					default -> period;
				};
				assertThat(slice.grain() != 'T' || List.of(1, 11, 21).contains(period.getDayOfMonth())).isTrue();
				period.datesUntil(end.plusDays(1)).forEach(days::add);
			}
		}
		return days;
	}

	private static LocalDate next(char grain, LocalDate period) {
		return switch (grain) {
			case 'M' -> period.plusMonths(1);
			case 'T' -> period.getDayOfMonth() == 21 ? period.plusMonths(1).withDayOfMonth(1) : period.plusDays(10);
			default -> period.plusDays(1);
		};
	}

}
