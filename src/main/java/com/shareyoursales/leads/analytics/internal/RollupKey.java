package com.shareyoursales.leads.analytics.internal;

import java.util.UUID;

/**
 * Which rollup rows hold a scope's numbers (see V40__analytics_rollups.sql): the scope number and the merchant,
 * influencer and campaign, the zero UUID standing for "all".
 */
public record RollupKey(String name, int scope, UUID merchantId, UUID influencerId, UUID campaignId) {

	public static final UUID ALL = new UUID(0, 0);

	public static RollupKey platform() {
		return new RollupKey("PLATFORM", 1, ALL, ALL, ALL);
	}

	public static RollupKey merchant(UUID merchantId) {
		return new RollupKey("MERCHANT", 2, merchantId, ALL, ALL);
	}

	public static RollupKey influencer(UUID influencerId) {
		return new RollupKey("INFLUENCER", 3, ALL, influencerId, ALL);
	}

	public static RollupKey campaign(UUID merchantId, UUID campaignId) {
		return new RollupKey("CAMPAIGN", 4, merchantId, ALL, campaignId);
	}

	public static RollupKey merchantInfluencer(UUID merchantId, UUID influencerId) {
		return new RollupKey("MERCHANT_INFLUENCER", 5, merchantId, influencerId, ALL);
	}

	public static RollupKey campaignInfluencer(UUID merchantId, UUID influencerId, UUID campaignId) {
		return new RollupKey("CAMPAIGN_INFLUENCER", 6, merchantId, influencerId, campaignId);
	}

	/** Breakdowns are kept for the platform, merchants, influencers and campaigns only. */
	public boolean hasBreakdowns() {
		return scope <= 4;
	}

	/** The identifiers as the API shows them (null for "all"). */
	public UUID shownMerchant() {
		return ALL.equals(merchantId) ? null : merchantId;
	}

	public UUID shownInfluencer() {
		return ALL.equals(influencerId) ? null : influencerId;
	}

	public UUID shownCampaign() {
		return ALL.equals(campaignId) ? null : campaignId;
	}

}
