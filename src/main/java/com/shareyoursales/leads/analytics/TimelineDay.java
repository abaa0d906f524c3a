package com.shareyoursales.leads.analytics;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** One business day of a timeline: the leads created that day, by current status. */
@Schema(description = "Leads created on one business day (Africa/Casablanca), by current status")
public record TimelineDay(LocalDate day, long totalLeads, long pendingLeads, long validatedLeads, long rejectedLeads,
		long expiredLeads) {

}
