package com.shareyoursales.leads.campaigns;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.shareyoursales.leads.campaigns.internal.Campaigns;
import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.shared.DomainException;
import com.shareyoursales.leads.shared.PageResponse;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merchants create and steer their campaigns; influencers browse the active ones; admins see all. Another
 * merchant's campaign is "not found", so its existence is not revealed.
 */
@Service
public class CampaignCatalog {

	private final Campaigns campaigns;

	CampaignCatalog(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	public record CampaignDraft(String name, String description, String city) {
	}

	@Transactional
	public Campaign create(CurrentUser user, CampaignDraft draft) {
		user.require(Role.MERCHANT);
		UUID id = campaigns.insert(user.id(), draft.name().trim(), draft.description(), draft.city());
		return campaigns.findById(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public PageResponse<Campaign> list(CurrentUser user, CampaignStatus status, int page, int size) {
		UUID merchant = user.is(Role.MERCHANT) ? user.id() : null;
		CampaignStatus visible = user.is(Role.INFLUENCER) ? CampaignStatus.ACTIVE : status;
		if (user.is(Role.INFLUENCER) && status != null && status != CampaignStatus.ACTIVE) {
			return PageResponse.of(java.util.List.of(), page, size, 0);
		}
		return PageResponse.of(campaigns.find(merchant, visible, page, size), page, size,
				campaigns.count(merchant, visible));
	}

	@Transactional(readOnly = true)
	public Campaign get(CurrentUser user, UUID id) {
		return campaigns.findById(id).filter(campaign -> canRead(user, campaign)).orElseThrow(CampaignCatalog::notFound);
	}

	@Transactional
	public Campaign update(CurrentUser user, UUID id, CampaignDraft draft) {
		Campaign campaign = owned(user, id);
		campaigns.update(campaign.id(), draft.name().trim(), draft.description(), draft.city());
		return campaigns.findById(id).orElseThrow();
	}

	@Transactional
	public Campaign changeStatus(CurrentUser user, UUID id, CampaignStatus target) {
		Campaign campaign = owned(user, id);
		if (campaign.status() == CampaignStatus.ENDED && target != CampaignStatus.ENDED) {
			throw new DomainException(DomainException.Kind.CONFLICT, "CAMPAIGN_ENDED", "An ended campaign stays ended");
		}
		campaigns.changeStatus(id, target);
		return campaigns.findById(id).orElseThrow();
	}

	@Transactional
	public Campaign updateSettings(CurrentUser user, UUID id, CampaignSettings settings) {
		owned(user, id);
		campaigns.updateSettings(id, settings);
		return campaigns.findById(id).orElseThrow();
	}

	/** For lead intake: the campaign, locked for the rest of the transaction (caps are counted under it). */
	@Transactional(readOnly = false)
	public Optional<Campaign> lockForIntake(UUID id) {
		return campaigns.lockById(id);
	}

	/** For other modules: the campaign whatever the caller, when the caller checks ownership itself. */
	@Transactional(readOnly = true)
	public Optional<Campaign> find(UUID id) {
		return campaigns.findById(id);
	}

	/** The campaigns of these ids that exist, by id, in one round trip (a batch of lead submissions). */
	@Transactional(readOnly = true)
	public Map<UUID, Campaign> find(Collection<UUID> ids) {
		return campaigns.findByIds(ids).stream().collect(Collectors.toMap(Campaign::id, Function.identity()));
	}

	private Campaign owned(CurrentUser user, UUID id) {
		user.require(Role.MERCHANT, Role.ADMIN);
		return campaigns.findById(id).filter(campaign -> user.actsFor(campaign.merchantId()))
			.orElseThrow(CampaignCatalog::notFound);
	}

	private static boolean canRead(CurrentUser user, Campaign campaign) {
		return switch (user.role()) {
			case ADMIN -> true;
			case MERCHANT -> campaign.merchantId().equals(user.id());
			case INFLUENCER -> campaign.isActive();
		};
	}

	private static DomainException notFound() {
		return DomainException.notFound("Campaign");
	}

}
