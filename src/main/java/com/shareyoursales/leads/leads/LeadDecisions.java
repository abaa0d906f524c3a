package com.shareyoursales.leads.leads;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.shareyoursales.leads.campaigns.CampaignCatalog;
import com.shareyoursales.leads.campaigns.OnExpiry;
import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.leads.internal.LeadRows;
import com.shareyoursales.leads.shared.DomainException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.jspecify.annotations.Nullable;

/**
 * The owning merchant (or an admin) validates or rejects a pending lead. A decision attempted after the lead's
 * expiry settles it as expired on the spot — that change commits — and then answers LEAD_EXPIRED.
 */
@Service
public class LeadDecisions {

	public static final int MAX_BULK = 500;

	private final LeadRows leads;

	private final LeadSettlement settlement;

	private final CampaignCatalog campaigns;

	private final TransactionTemplate transactions;

	private final Clock clock;

	LeadDecisions(LeadRows leads, LeadSettlement settlement, CampaignCatalog campaigns,
			TransactionTemplate transactions, Clock clock) {
		this.leads = leads;
		this.settlement = settlement;
		this.campaigns = campaigns;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** One lead's outcome in a bulk decision. */
	public record BulkOutcome(UUID id, String outcome, @Nullable LeadStatus status, @Nullable String code) {
	}

	public Lead validate(CurrentUser user, UUID leadId, String comment) {
		return decide(user, leadId, lead -> settlement.validate(lead, user.id(), comment, false));
	}

	public Lead reject(CurrentUser user, UUID leadId, RejectionReason reason, String comment) {
		return decide(user, leadId, lead -> settlement.reject(lead, user.id(), reason, comment));
	}

	/** Each lead in its own transaction: one lead's failure does not undo the others. */
	public List<BulkOutcome> bulk(CurrentUser user, List<UUID> ids, boolean validate, RejectionReason reason,
			String comment) {
		user.require(Role.MERCHANT, Role.ADMIN);
		return ids.stream().distinct().map(id -> {
			try {
				Lead lead = validate ? validate(user, id, comment) : reject(user, id, reason, comment);
				return new BulkOutcome(id, "OK", lead.status(), null);
			}
			catch (DomainException ex) {
				return new BulkOutcome(id, "ERROR", null, ex.code());
			}
		}).toList();
	}

	private Lead decide(CurrentUser user, UUID leadId, java.util.function.UnaryOperator<Lead> decision) {
		user.require(Role.MERCHANT, Role.ADMIN);
		// one transaction answers with the decided lead (no second one to read it back); null means it had
		// expired: that settlement commits, then the caller is told
		Lead decided = transactions.execute(status -> {
			Lead lead = leads.lock(leadId)
				.filter(candidate -> user.actsFor(candidate.merchantId()))
				.orElseThrow(() -> DomainException.notFound("Lead"));
			if (!lead.isPending()) {
				throw new DomainException(DomainException.Kind.CONFLICT, "LEAD_ALREADY_DECIDED",
						"This lead is already " + lead.status());
			}
			if (!clock.instant().isBefore(lead.expiresAt())) {
				OnExpiry onExpiry = campaigns.find(lead.campaignId()).orElseThrow().settings().onExpiry();
				settlement.expire(lead, onExpiry);
				return null;
			}
			return decision.apply(lead);
		});
		if (decided == null) {
			throw new DomainException(DomainException.Kind.CONFLICT, "LEAD_EXPIRED",
					"This lead expired before the decision; it was settled as the campaign's expiry rule says");
		}
		return decided;
	}

}
