package com.shareyoursales.leads.scheduling.internal;

import com.shareyoursales.leads.scheduling.JobName;
import com.shareyoursales.leads.scheduling.Schedules;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The wall-clock schedule of SPEC "Scheduler", in Africa/Casablanca. {@code leads.scheduling.enabled=false} turns the
 * triggers off (the test suite does, so that an hourly run cannot race a test's own run of a job).
 */
@Component
@ConditionalOnProperty(name = "leads.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledJobs {

	private final JobRunner runner;

	ScheduledJobs(JobRunner runner) {
		this.runner = runner;
	}

	@Scheduled(cron = Schedules.DEPOSIT_CHECK, zone = Schedules.ZONE)
	void depositCheck() {
		runner.run(JobName.DEPOSIT_CHECK, JobRunner.Trigger.SCHEDULE);
	}

	@Scheduled(cron = Schedules.EXPIRE_LEADS, zone = Schedules.ZONE)
	void expireLeads() {
		runner.run(JobName.EXPIRE_LEADS, JobRunner.Trigger.SCHEDULE);
	}

	@Scheduled(cron = Schedules.DAILY_REPORT, zone = Schedules.ZONE)
	void dailyReport() {
		runner.run(JobName.DAILY_REPORT, JobRunner.Trigger.SCHEDULE);
	}

}
