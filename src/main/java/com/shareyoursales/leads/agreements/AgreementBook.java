package com.shareyoursales.leads.agreements;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.shareyoursales.leads.agreements.Agreement.CommissionOverride;
import com.shareyoursales.leads.agreements.internal.Agreements;
import com.shareyoursales.leads.campaigns.CampaignCatalog;
import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.identity.UserDirectory;
import com.shareyoursales.leads.shared.BusinessTime;
import com.shareyoursales.leads.shared.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merchants propose agreements to influencers and may terminate them; influencers sign. The signature records
 * when, from where and the SHA-256 of the terms as signed; the database refuses any later change of those terms.
 */
@Service
public class AgreementBook {

	private final Agreements agreements;

	private final CampaignCatalog campaigns;

	private final UserDirectory users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgreementBook(Agreements agreements, CampaignCatalog campaigns, UserDirectory users,
			ApplicationEventPublisher events, Clock clock) {
		this.agreements = agreements;
		this.events = events;
		this.campaigns = campaigns;
		this.users = users;
		this.clock = clock;
	}

	public record Proposal(UUID influencerId, UUID campaignId, String terms, CommissionOverride commissionOverride,
			LocalDate validFrom, LocalDate validTo) {
	}

	@Transactional
	public Agreement propose(CurrentUser user, Proposal proposal) {
		user.require(Role.MERCHANT);
		users.find(proposal.influencerId())
			.filter(influencer -> influencer.role() == Role.INFLUENCER)
			.orElseThrow(() -> DomainException.invalidField("influencerId", "UNKNOWN_INFLUENCER",
					"No influencer with this id"));
		if (proposal.campaignId() != null) {
			campaigns.find(proposal.campaignId())
				.filter(campaign -> campaign.merchantId().equals(user.id()))
				.orElseThrow(() -> DomainException.invalidField("campaignId", "UNKNOWN_CAMPAIGN",
						"No campaign of yours with this id"));
		}
		if (proposal.validTo().isBefore(proposal.validFrom())) {
			throw DomainException.invalidField("validTo", "INVALID_PERIOD", "validTo is before validFrom");
		}
		UUID id = agreements.insert(user.id(), proposal.influencerId(), proposal.campaignId(), proposal.terms(),
				proposal.commissionOverride(), proposal.validFrom(), proposal.validTo());
		Agreement proposed = agreements.findById(id).orElseThrow();
		events.publishEvent(new AgreementProposed(id, user.id(), proposed.merchantName(), proposal.influencerId()));
		return proposed;
	}

	@Transactional
	public Agreement sign(CurrentUser user, UUID id, String clientAddress) {
		user.require(Role.INFLUENCER);
		Agreement agreement = agreements.findById(id)
			.filter(candidate -> candidate.influencerId().equals(user.id()))
			.orElseThrow(() -> DomainException.notFound("Agreement"));
		if (agreement.status() != AgreementStatus.PROPOSED) {
			throw new DomainException(DomainException.Kind.CONFLICT, "AGREEMENT_NOT_PROPOSED",
					"Only a proposed agreement can be signed; this one is " + agreement.status());
		}
		if (agreement.validTo().isBefore(BusinessTime.today(clock))) {
			throw new DomainException(DomainException.Kind.CONFLICT, "AGREEMENT_EXPIRED",
					"This agreement's validity has already ended");
		}
		if (!agreements.markSigned(id, clock.instant(), clientAddress, sha256(agreement.terms()))) {
			throw new DomainException(DomainException.Kind.CONFLICT, "AGREEMENT_NOT_PROPOSED",
					"This agreement was signed or terminated meanwhile");
		}
		events.publishEvent(new AgreementSigned(id, agreement.merchantId(), user.id(), agreement.influencerName()));
		return agreements.findById(id).orElseThrow();
	}

	@Transactional
	public Agreement terminate(CurrentUser user, UUID id) {
		user.require(Role.MERCHANT, Role.ADMIN);
		agreements.findById(id)
			.filter(candidate -> user.actsFor(candidate.merchantId()))
			.orElseThrow(() -> DomainException.notFound("Agreement"));
		if (!agreements.markTerminated(id, clock.instant())) {
			throw new DomainException(DomainException.Kind.CONFLICT, "AGREEMENT_TERMINATED",
					"This agreement is already terminated");
		}
		return agreements.findById(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<Agreement> ofMerchant(CurrentUser user) {
		user.require(Role.MERCHANT, Role.ADMIN);
		return agreements.forMerchant(user.isAdmin() ? null : user.id());
	}

	@Transactional(readOnly = true)
	public List<Agreement> ofInfluencer(CurrentUser user) {
		user.require(Role.INFLUENCER);
		return agreements.forInfluencer(user.id());
	}

	/** The signed agreement in force today between the two for this campaign, campaign-specific first. */
	@Transactional(readOnly = true)
	public Optional<Agreement> current(UUID merchantId, UUID influencerId, UUID campaignId) {
		return current(List.of(new AgreementParties(merchantId, influencerId, campaignId))).get(0);
	}

	/** {@link #current} for many keys in one round trip (a batch of lead submissions), in the keys' order. */
	@Transactional(readOnly = true)
	public List<Optional<Agreement>> current(List<AgreementParties> keys) {
		LocalDate today = BusinessTime.today(clock);
		return agreements.signedCovering(keys)
			.stream()
			.map(covering -> covering.stream().filter(agreement -> agreement.isCurrentOn(today)).findFirst())
			.toList();
	}

	static String sha256(String terms) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(terms.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
