package com.shareyoursales.leads.analytics;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** The KPIs of one scope over a range of business days; {@code platform} only in an admin's overview. */
@Schema(description = "Lead KPIs of one scope (PLATFORM, MERCHANT, INFLUENCER, CAMPAIGN, MERCHANT_INFLUENCER, "
		+ "CAMPAIGN_INFLUENCER) over the business days from..to (inclusive; null = unbounded)")
public record StatsReport(String scope, UUID merchantId, UUID influencerId, UUID campaignId, LocalDate from,
		LocalDate to, LeadStats stats, PlatformFigures platform) {

}
