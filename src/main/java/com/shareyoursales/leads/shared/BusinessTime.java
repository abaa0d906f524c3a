package com.shareyoursales.leads.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Morocco's business time: every business day, schedule and report is in Africa/Casablanca. */
public final class BusinessTime {

	public static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");

	private BusinessTime() {
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

	public static Instant startOfDay(LocalDate day) {
		return day.atStartOfDay(ZONE).toInstant();
	}

}
