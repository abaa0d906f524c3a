package com.shareyoursales.leads.leads;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.shareyoursales.leads.agreements.Agreement;
import com.shareyoursales.leads.agreements.AgreementBook;
import com.shareyoursales.leads.campaigns.Campaign;
import com.shareyoursales.leads.campaigns.CampaignCatalog;
import com.shareyoursales.leads.campaigns.CampaignSettings;
import com.shareyoursales.leads.deposits.DepositLedger;
import com.shareyoursales.leads.deposits.Movement;
import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.leads.internal.LeadRows;
import com.shareyoursales.leads.leads.internal.LeadRows.NewLead;
import com.shareyoursales.leads.platform.database.RowSecurity;
import com.shareyoursales.leads.shared.BusinessTime;
import com.shareyoursales.leads.shared.CommissionRule;
import com.shareyoursales.leads.shared.DomainException;
import com.shareyoursales.leads.shared.PhoneNumbers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An influencer submits a lead: the refusal rules run in SPEC order, the commission is computed and frozen, and
 * it is reserved on the funding deposit in the same transaction as the lead's insert, so a merchant can never owe
 * more than it deposited however many leads arrive at once.
 */
@Service
public class LeadIntake {

	private final LeadRows leads;

	private final CampaignCatalog campaigns;

	private final AgreementBook agreements;

	private final DepositLedger ledger;

	private final RowSecurity rowSecurity;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LeadIntake(LeadRows leads, CampaignCatalog campaigns, AgreementBook agreements, DepositLedger ledger,
			RowSecurity rowSecurity, ApplicationEventPublisher events, Clock clock) {
		this.leads = leads;
		this.campaigns = campaigns;
		this.agreements = agreements;
		this.ledger = ledger;
		this.rowSecurity = rowSecurity;
		this.events = events;
		this.clock = clock;
	}

	/** What an influencer types in; validated for shape by the web layer, for meaning here. */
	public record LeadDraft(UUID campaignId, String customerName, String customerPhone, String customerEmail,
			String city, BigDecimal serviceValue, LeadSource source, String notes) {
	}

	@Transactional
	public Lead submit(CurrentUser user, LeadDraft draft) {
		user.require(Role.INFLUENCER);
		String phone = PhoneNumbers.toE164(draft.customerPhone())
			.orElseThrow(() -> DomainException.invalidField("customerPhone", "INVALID_PHONE",
					"Not a valid phone number"));
		Campaign campaign = campaigns.find(draft.campaignId())
			.orElseThrow(() -> DomainException.notFound("Campaign"));
		CampaignSettings settings = campaign.settings();
		if (settings.minServiceValue() != null && draft.serviceValue().compareTo(settings.minServiceValue()) < 0) {
			throw DomainException.invalidField("serviceValue", "BELOW_MINIMUM",
					"This campaign takes leads from " + settings.minServiceValue() + " MAD");
		}
		if (!campaign.isActive()) {
			throw LeadRefusal.campaignNotActive();
		}
		Agreement agreement = agreements.current(campaign.merchantId(), user.id(), campaign.id()).orElse(null);
		if (settings.requiresAgreement() && agreement == null) {
			throw LeadRefusal.agreementRequired();
		}
		CommissionRule rule = agreement != null && agreement.commissionOverride() != null
				? agreement.commissionOverride().rule() : settings.commissionRule();
		BigDecimal commission = rule.commissionFor(draft.serviceValue());
		if (commission.signum() <= 0) {
			throw DomainException.invalidField("serviceValue", "COMMISSION_TOO_SMALL",
					"The service value is too small to earn a commission");
		}

		// From here the influencer acts on the merchant's data (duplicates of any influencer, the deposit):
		// the rules above were the application's checks.
		rowSecurity.actAsSystem();
		Instant now = clock.instant();
		refuseDuplicate(campaign, phone, settings, now);
		refuseOverCap(campaign, user.id(), settings, now);
		UUID depositId = ledger.fundingDeposit(campaign.merchantId(), campaign.id())
			.orElseThrow(LeadRefusal::depositDepleted);
		UUID leadId = UUID.randomUUID();
		Instant expiresAt = now.plus(Duration.ofHours(settings.expiryHours()));
		String customerName = draft.customerName().trim();
		String city = blankToNull(draft.city());
		// its listeners write in this transaction, now: a refusal below leaves nothing behind
		events.publishEvent(new LeadSubmitted(leadId, campaign.id(), campaign.merchantId(), user.id(), depositId,
				draft.serviceValue(), commission, draft.source().name(), city, customerName, expiresAt, now));
		Lead lead = leads.insert(new NewLead(leadId, campaign.id(), campaign.merchantId(), user.id(), depositId,
				customerName, phone, blankToNull(draft.customerEmail()), city, draft.serviceValue(), commission,
				draft.source(), blankToNull(draft.notes()), now, expiresAt));
		// last: the deposit's row lock, taken here, is held only through this statement and the commit
		Movement reservation = ledger.reserve(depositId, lead.id(), commission, user.id());
		switch (reservation.outcome()) {
			case OK -> {
			}
			case DEPLETED -> throw LeadRefusal.depositDepleted();
			default -> throw LeadRefusal.insufficientDeposit();
		}
		return lead;
	}

	/** The commission the influencer would earn for this value on this campaign (the form's live preview). */
	@Transactional(readOnly = true)
	public BigDecimal previewCommission(CurrentUser user, UUID campaignId, BigDecimal serviceValue) {
		Campaign campaign = campaigns.find(campaignId)
			.filter(candidate -> candidate.isActive() || user.actsFor(candidate.merchantId()))
			.orElseThrow(() -> DomainException.notFound("Campaign"));
		CommissionRule rule = user.is(Role.INFLUENCER)
				? agreements.current(campaign.merchantId(), user.id(), campaignId)
					.filter(agreement -> agreement.commissionOverride() != null)
					.map(agreement -> agreement.commissionOverride().rule())
					.orElse(campaign.settings().commissionRule())
				: campaign.settings().commissionRule();
		return rule.commissionFor(serviceValue);
	}

	/** Same phone, same merchant, within the window, not rejected. Serialised per phone so two racers cannot both pass. */
	private void refuseDuplicate(Campaign campaign, String phone, CampaignSettings settings, Instant now) {
		if (settings.duplicateWindowDays() == 0) {
			return;
		}
		if (leads.lockedRecentNonRejected("lead-phone:" + campaign.merchantId() + ":" + phone, campaign.merchantId(),
				phone, now.minus(Duration.ofDays(settings.duplicateWindowDays())))) {
			throw LeadRefusal.duplicate(settings.duplicateWindowDays());
		}
	}

	/** Caps are counted under a per-campaign lock, taken only when the campaign has caps. */
	private void refuseOverCap(Campaign campaign, UUID influencerId, CampaignSettings settings, Instant now) {
		if (settings.capPerInfluencerPerDay() == null && settings.capTotal() == null) {
			return;
		}
		leads.lockKey("lead-caps:" + campaign.id());
		if (settings.capPerInfluencerPerDay() != null) {
			Instant startOfDay = BusinessTime.startOfDay(BusinessTime.today(clock));
			if (leads.countForInfluencerSince(campaign.id(), influencerId, startOfDay) >= settings.capPerInfluencerPerDay()) {
				throw LeadRefusal.capReached("daily per-influencer");
			}
		}
		if (settings.capTotal() != null && leads.countForCampaign(campaign.id()) >= settings.capTotal()) {
			throw LeadRefusal.capReached("total");
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
