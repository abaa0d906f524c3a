package com.shareyoursales.leads.scheduling;

/**
 * When the jobs run, in Morocco's wall-clock time: Africa/Casablanca changes offset around Ramadan, so the zone is
 * named and never an offset.
 */
public final class Schedules {

	public static final String ZONE = "Africa/Casablanca";

	/** Every hour, on the hour. */
	public static final String DEPOSIT_CHECK = "0 0 * * * *";

	/** 23:00 every day. */
	public static final String EXPIRE_LEADS = "0 0 23 * * *";

	/** 09:00 every day, for the previous day. */
	public static final String DAILY_REPORT = "0 0 9 * * *";

	private Schedules() {
	}

}
