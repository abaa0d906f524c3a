package com.shareyoursales.leads.leads;

import java.util.UUID;
import java.util.function.Consumer;

import com.shareyoursales.leads.campaigns.CampaignCatalog;
import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.leads.internal.LeadRows;
import com.shareyoursales.leads.leads.internal.LeadRows.Scope;
import com.shareyoursales.leads.shared.DomainException;
import com.shareyoursales.leads.shared.PageResponse;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of leads, each scoped to what the caller may see: a merchant its own leads, an influencer the leads it
 * submitted (with the customer's contact masked), an admin all.
 */
@Service
@Transactional(readOnly = true)
public class LeadQueries {

	public static final int EXPORT_LIMIT = 100_000;

	private final LeadRows leads;

	private final CampaignCatalog campaigns;

	LeadQueries(LeadRows leads, CampaignCatalog campaigns) {
		this.leads = leads;
		this.campaigns = campaigns;
	}

	public Lead get(CurrentUser user, UUID id) {
		Lead lead = leads.find(id).filter(candidate -> canSee(user, candidate))
			.orElseThrow(() -> DomainException.notFound("Lead"));
		return user.is(Role.INFLUENCER) ? lead.maskedForInfluencer() : lead;
	}

	public PageResponse<Lead> ofMerchant(CurrentUser user, LeadFilter filter, LeadSort sort, int page, int size) {
		user.require(Role.MERCHANT, Role.ADMIN);
		return page(merchantScope(user), filter, sort, page, size, false);
	}

	public PageResponse<Lead> ofInfluencer(CurrentUser user, LeadFilter filter, LeadSort sort, int page, int size) {
		user.require(Role.INFLUENCER);
		return page(new Scope(null, user.id()), filter, sort, page, size, true);
	}

	/** A campaign's leads: all of them for its merchant or an admin, the caller's own for an influencer. */
	public PageResponse<Lead> ofCampaign(CurrentUser user, UUID campaignId, LeadFilter filter, LeadSort sort, int page,
			int size) {
		var campaign = campaigns.find(campaignId).orElseThrow(() -> DomainException.notFound("Campaign"));
		if (user.is(Role.INFLUENCER)) {
			return page(new Scope(null, user.id()), filter.withCampaign(campaignId), sort, page, size, true);
		}
		if (!user.actsFor(campaign.merchantId())) {
			throw DomainException.notFound("Campaign");
		}
		return page(new Scope(campaign.merchantId(), null), filter.withCampaign(campaignId), sort, page, size, false);
	}

	/** Streams a merchant's leads for the CSV export, in list order, at most {@link #EXPORT_LIMIT}. */
	public void exportForMerchant(CurrentUser user, LeadFilter filter, LeadSort sort, Consumer<Lead> consumer) {
		user.require(Role.MERCHANT, Role.ADMIN);
		leads.forEach(merchantScope(user), filter, sort, EXPORT_LIMIT, consumer);
	}

	private PageResponse<Lead> page(Scope scope, LeadFilter filter, LeadSort sort, int page, int size, boolean mask) {
		PageResponse<Lead> result = PageResponse.of(leads.list(scope, filter, sort, page, size), page, size,
				leads.count(scope, filter));
		return mask ? result.map(Lead::maskedForInfluencer) : result;
	}

	private static Scope merchantScope(CurrentUser user) {
		return new Scope(user.isAdmin() ? null : user.id(), null);
	}

	private static boolean canSee(CurrentUser user, Lead lead) {
		return switch (user.role()) {
			case ADMIN -> true;
			case MERCHANT -> lead.merchantId().equals(user.id());
			case INFLUENCER -> lead.influencerId().equals(user.id());
		};
	}

}
