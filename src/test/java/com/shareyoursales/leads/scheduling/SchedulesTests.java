package com.shareyoursales.leads.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.SimpleTriggerContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jobs fire at Morocco's wall-clock time on the days Africa/Casablanca changes offset around Ramadan 2026. The
 * transition instants come from the JDK's tz data; the trigger is the one the scheduler uses (cron + zone).
 */
class SchedulesTests {

	private static final ZoneId ZONE = ZoneId.of(Schedules.ZONE);

	@Test
	void theZoneChangesOffsetTwiceAroundRamadan2026() {
		assertThat(transitions2026()).hasSize(2);
	}

	@Test
	void expirySweepRunsAt23hLocalAroundEachTransition() {
		for (ZoneOffsetTransition transition : transitions2026()) {
			for (LocalDate day : daysAround(transition)) {
				assertThat(nextRun(JobName.EXPIRE_LEADS, day))
					.isEqualTo(ZonedDateTime.of(day, LocalTime.of(23, 0), ZONE).toInstant());
				assertThat(nextRun(JobName.EXPIRE_LEADS, day).atZone(ZONE).toLocalTime()).isEqualTo(LocalTime.of(23, 0));
			}
		}
	}

	@Test
	void dailyReportRunsAt9hLocalAroundEachTransition() {
		for (ZoneOffsetTransition transition : transitions2026()) {
			for (LocalDate day : daysAround(transition)) {
				Instant run = nextRun(JobName.DAILY_REPORT, day);
				assertThat(run.atZone(ZONE).toLocalDateTime()).isEqualTo(day.atTime(9, 0));
				// the offset is the zone's own on that day, whatever it is
				assertThat(run.atZone(ZONE).getOffset()).isEqualTo(ZONE.getRules().getOffset(run));
			}
		}
	}

	@Test
	void reportInstantMovesByAnHourAcrossEachTransition() {
		for (ZoneOffsetTransition transition : transitions2026()) {
			LocalDate before = transition.getDateTimeBefore().toLocalDate().minusDays(1);
			Instant runBefore = nextRun(JobName.DAILY_REPORT, before);
			Instant runAfter = nextRun(JobName.DAILY_REPORT, before.plusDays(2));
			assertThat(Duration.between(runBefore, runAfter))
				.isEqualTo(Duration.ofDays(2).minus(transition.getDuration()));
		}
	}

	@Test
	void depositCheckRunsEveryWallClockHourThroughEachTransition() {
		for (ZoneOffsetTransition transition : transitions2026()) {
			Instant from = transition.getInstant().minus(Duration.ofHours(4));
			List<Instant> runs = runsFrom(JobName.DEPOSIT_CHECK, from, 8);
			for (int i = 0; i < runs.size(); i++) {
				ZonedDateTime local = runs.get(i).atZone(ZONE);
				assertThat(local.getMinute()).isZero();
				assertThat(local.getSecond()).isZero();
				if (i > 0) {
					// never twice at one instant, never more than the hour the clocks skip apart
					assertThat(Duration.between(runs.get(i - 1), runs.get(i))).isPositive()
						.isLessThanOrEqualTo(Duration.ofHours(1));
				}
			}
		}
	}

	private static List<ZoneOffsetTransition> transitions2026() {
		ZoneRules rules = ZONE.getRules();
		List<ZoneOffsetTransition> transitions = new ArrayList<>();
		Instant end = LocalDate.of(2027, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
		ZoneOffsetTransition next = rules.nextTransition(LocalDate.of(2026, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
		while (next != null && next.getInstant().isBefore(end)) {
			transitions.add(next);
			next = rules.nextTransition(next.getInstant());
		}
		return transitions;
	}

	private static List<LocalDate> daysAround(ZoneOffsetTransition transition) {
		LocalDate day = transition.getInstant().atZone(ZONE).toLocalDate();
		return List.of(day.minusDays(1), day, day.plusDays(1));
	}

	/** The first run on or after the start of the local day, as the scheduler computes it. */
	private static Instant nextRun(JobName job, LocalDate day) {
		return runsFrom(job, day.atStartOfDay(ZONE).toInstant(), 1).get(0);
	}

	private static List<Instant> runsFrom(JobName job, Instant from, int count) {
		CronTrigger trigger = new CronTrigger(job.cron(), ZONE);
		List<Instant> runs = new ArrayList<>();
		SimpleTriggerContext context = new SimpleTriggerContext(Clock.fixed(from.minusMillis(1), ZoneOffset.UTC));
		for (int i = 0; i < count; i++) {
			Instant run = trigger.nextExecution(context);
			runs.add(run);
			context.update(run, run, run);
		}
		return runs;
	}

}
