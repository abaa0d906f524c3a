package com.shareyoursales.leads.analytics;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** The KPIs of one scope over a range of business days; {@code platform} only in an admin's overview. */
@Schema(description = "Lead KPIs of one scope (PLATFORM, MERCHANT, INFLUENCER, CAMPAIGN, MERCHANT_INFLUENCER, "
		+ "CAMPAIGN_INFLUENCER) over the business days from..to (inclusive; null = unbounded)")
public record StatsReport(String scope, @Nullable UUID merchantId, @Nullable UUID influencerId,
		@Nullable UUID campaignId, @Nullable LocalDate from, @Nullable LocalDate to, LeadStats stats,
		@Nullable PlatformFigures platform) {

}
