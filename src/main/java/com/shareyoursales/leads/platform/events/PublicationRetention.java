package com.shareyoursales.leads.platform.events;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, deletes the event publications completed longer ago than the retention: Spring Modulith keeps a
 * completed publication forever (its default completion mode), so without this the table grows by one row per
 * event and listener for the life of the service. Incomplete publications are never touched: they are what a
 * restart republishes. The retention is how long a completed one stays readable when investigating an incident.
 */
@Component
class PublicationRetention {

	private static final Logger log = LoggerFactory.getLogger(PublicationRetention.class);

	private final JdbcClient jdbc;

	private final Duration retention;

	PublicationRetention(JdbcClient jdbc, @Value("${leads.events.retention:P30D}") Duration retention) {
		this.jdbc = jdbc;
		this.retention = retention;
	}

	@Scheduled(cron = "0 40 3 * * *", zone = "Africa/Casablanca")
	@SchedulerLock(name = "event-publications-retention", lockAtMostFor = "PT30M")
	void scheduled() {
		int deleted = deleteCompletedBeforeRetention();
		if (deleted > 0) {
			log.info("Deleted {} event publications completed more than {} ago", deleted, retention);
		}
	}

	/** @return how many completed publications were deleted (one statement; the database's clock decides what is old) */
	int deleteCompletedBeforeRetention() {
		return jdbc.sql("""
				delete from event_publication
				 where completion_date is not null
				   and completion_date < now() - make_interval(secs => :seconds)""")
			.param("seconds", retention.toSeconds())
			.update();
	}

}
