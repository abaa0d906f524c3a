package com.shareyoursales.leads.analytics.internal;

import java.util.UUID;

import com.shareyoursales.leads.campaigns.Campaign;
import com.shareyoursales.leads.campaigns.CampaignCatalog;
import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.shared.DomainException;

import org.springframework.stereotype.Component;

/**
 * Ownership of the stats: which rollup key a user may read for a request. A merchant sees its own campaigns and
 * the influencers who brought it leads (their numbers with this merchant only), an influencer only itself (in a
 * campaign: its own leads there), an admin everything. Anything else is "not found".
 */
@Component
public class StatsScopes {

	private final CampaignCatalog campaigns;

	private final RollupQueries rollups;

	StatsScopes(CampaignCatalog campaigns, RollupQueries rollups) {
		this.campaigns = campaigns;
		this.rollups = rollups;
	}

	public RollupKey own(CurrentUser user) {
		return switch (user.role()) {
			case ADMIN -> RollupKey.platform();
			case MERCHANT -> RollupKey.merchant(user.id());
			case INFLUENCER -> RollupKey.influencer(user.id());
		};
	}

	public RollupKey campaign(CurrentUser user, UUID campaignId) {
		Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> DomainException.notFound("Campaign"));
		if (user.is(Role.INFLUENCER)) {
			return RollupKey.campaignInfluencer(campaign.merchantId(), user.id(), campaignId);
		}
		if (!user.actsFor(campaign.merchantId())) {
			throw DomainException.notFound("Campaign");
		}
		return RollupKey.campaign(campaign.merchantId(), campaignId);
	}

	public RollupKey influencer(CurrentUser user, UUID influencerId) {
		if (user.isAdmin() || user.id().equals(influencerId)) {
			return RollupKey.influencer(influencerId);
		}
		if (user.is(Role.MERCHANT) && rollups.workedFor(user.id(), influencerId)) {
			return RollupKey.merchantInfluencer(user.id(), influencerId);
		}
		throw DomainException.notFound("Influencer");
	}

	/** The merchant whose influencers are ranked: all (admin) or the merchant itself. */
	public UUID rankingMerchant(CurrentUser user) {
		user.require(Role.MERCHANT, Role.ADMIN);
		return user.isAdmin() ? RollupKey.ALL : user.id();
	}

}
