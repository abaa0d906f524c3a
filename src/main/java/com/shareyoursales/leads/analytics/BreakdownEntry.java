package com.shareyoursales.leads.analytics;

import io.swagger.v3.oas.annotations.media.Schema;

/** The KPIs of the leads that share one source or one city. */
@Schema(description = "KPIs of the leads of one source or city (value null = city not given)")
public record BreakdownEntry(String value, LeadStats stats) {

}
