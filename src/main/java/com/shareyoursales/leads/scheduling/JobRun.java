package com.shareyoursales.leads.scheduling;

import java.time.Instant;
import java.util.Map;

/** One run of a job: who started it, when, how it ended and what it did (counts). */
public record JobRun(long id, String job, String trigger, Instant startedAt, Instant finishedAt, String outcome,
		Map<String, Object> counts, String error) {

}
