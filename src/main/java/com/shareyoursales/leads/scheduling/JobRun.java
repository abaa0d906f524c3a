package com.shareyoursales.leads.scheduling;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** One run of a job: who started it, when, how it ended and what it did (counts). */
public record JobRun(long id, String job, String trigger, Instant startedAt, @Nullable Instant finishedAt,
		@Nullable String outcome, @Nullable Map<String, Object> counts, @Nullable String error) {

}
