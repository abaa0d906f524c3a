package com.shareyoursales.leads.leads;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.shareyoursales.leads.agreements.AgreementBook;
import com.shareyoursales.leads.campaigns.Campaign;
import com.shareyoursales.leads.campaigns.CampaignCatalog;
import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.leads.IntakeBatch.Submission;
import com.shareyoursales.leads.leads.LeadBatch.LeadRequest;
import com.shareyoursales.leads.shared.CommissionRule;
import com.shareyoursales.leads.shared.DomainException;
import com.shareyoursales.leads.shared.PhoneNumbers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An influencer submits a lead: the refusal rules run in SPEC order, the commission is computed and frozen, and
 * it is reserved on the funding deposit in the same transaction as the lead's insert, so a merchant can never owe
 * more than it deposited however many leads arrive at once. Submissions that arrive together share one
 * transaction, with the decisions that arrive with them ({@link Batcher}, {@link LeadBatch}); one that arrives
 * inside a transaction of its caller (an idempotent request, whose key commits with the lead) runs in it, alone.
 */
@Service
public class LeadIntake {

	private final LeadBatch batch;

	private final Batcher<LeadRequest> batcher;

	private final CampaignCatalog campaigns;

	private final AgreementBook agreements;

	LeadIntake(LeadBatch batch, Batcher<LeadRequest> batcher, CampaignCatalog campaigns, AgreementBook agreements) {
		this.batch = batch;
		this.batcher = batcher;
		this.campaigns = campaigns;
		this.agreements = agreements;
	}

	/** What an influencer types in; validated for shape by the web layer, for meaning here. */
	public record LeadDraft(UUID campaignId, String customerName, String customerPhone, String customerEmail,
			String city, BigDecimal serviceValue, LeadSource source, String notes) {
	}

	public Lead submit(CurrentUser user, LeadDraft draft) {
		user.require(Role.INFLUENCER);
		String phone = PhoneNumbers.toE164(draft.customerPhone())
			.orElseThrow(() -> DomainException.invalidField("customerPhone", "INVALID_PHONE",
					"Not a valid phone number"));
		Submission submission = new Submission(user, draft, phone);
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return batch.run(List.of(submission)).get(0).leadOrThrow();
		}
		return batcher.submit(submission);
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

}
