package com.shareyoursales.leads.scheduling;

import java.util.Arrays;
import java.util.Optional;

/** The scheduled jobs (SPEC "Scheduler"), with the name used in the admin API and the run history. */
public enum JobName {

	DEPOSIT_CHECK("deposit-check", Schedules.DEPOSIT_CHECK),

	EXPIRE_LEADS("expire-leads", Schedules.EXPIRE_LEADS),

	DAILY_REPORT("daily-report", Schedules.DAILY_REPORT);

	private final String id;

	private final String cron;

	JobName(String id, String cron) {
		this.id = id;
		this.cron = cron;
	}

	public String id() {
		return id;
	}

	/** Six-field Spring cron, read in {@link Schedules#ZONE}. */
	public String cron() {
		return cron;
	}

	public static Optional<JobName> of(String id) {
		return Arrays.stream(values()).filter(job -> job.id.equals(id)).findFirst();
	}

}
