package com.shareyoursales.leads.leads;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.shareyoursales.leads.campaigns.CampaignCatalog;
import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.leads.Batcher.Outcome;
import com.shareyoursales.leads.leads.LeadBatch.LeadRequest;
import com.shareyoursales.leads.leads.LeadSettlement.Decision;
import com.shareyoursales.leads.leads.internal.LeadRows;
import com.shareyoursales.leads.shared.DomainException;

import org.springframework.stereotype.Component;

import org.jspecify.annotations.Nullable;

/**
 * Merchants' decisions on pending leads, several in one transaction: the leads locked in one statement, their
 * statuses and validation rows one statement each, their ledger movements planned for the batch's last statement
 * ({@link LeadSettlement}, {@link PlannedMovements}). Each decision gets the outcome it would get alone: a lead
 * decided twice in one batch, or past its expiry (whose settlement must commit before the refusal is told), is
 * {@linkplain Outcome#DEFERRED deferred} and decided again alone.
 * <p>
 * The batch runs as SYSTEM ({@link LeadBatch}): decisions of different merchants share it. Each lead is therefore
 * checked explicitly against its decider, as row security would: only its merchant (or an admin) may decide it.
 */
@Component
class DecisionBatch {

	private final LeadRows leads;

	private final LeadSettlement settlement;

	private final CampaignCatalog campaigns;

	private final Clock clock;

	DecisionBatch(LeadRows leads, LeadSettlement settlement, CampaignCatalog campaigns, Clock clock) {
		this.leads = leads;
		this.settlement = settlement;
		this.campaigns = campaigns;
		this.clock = clock;
	}

	/** A merchant's (or an admin's) decision on one lead: validate, or reject with a reason. */
	record DecisionRequest(CurrentUser user, UUID leadId, boolean validate, @Nullable RejectionReason reason,
			@Nullable String comment) implements LeadRequest {
	}

	/**
	 * Applies the decisions, in LeadBatch's transaction, and returns their outcomes in their order. Alone, a
	 * decision on an expired lead settles it as the campaign's expiry rule says and is refused with LEAD_EXPIRED:
	 * that settlement commits with the transaction.
	 */
	List<Outcome> decide(List<DecisionRequest> requests, PlannedMovements movements, boolean alone) {
		Map<UUID, Lead> locked = leads.lock(requests.stream().map(DecisionRequest::leadId).distinct().toList());
		Outcome[] outcomes = new Outcome[requests.size()];
		List<Decision> decisions = new ArrayList<>();
		List<Integer> decided = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < requests.size(); i++) {
			DecisionRequest request = requests.get(i);
			Lead lead = locked.get(request.leadId());
			if (lead == null || !request.user().actsFor(lead.merchantId())) {
				outcomes[i] = refused(DomainException.notFound("Lead"));
			}
			else if (!seen.add(lead.id())) {
				// decided twice in one batch: the second waits for the first's outcome
				outcomes[i] = Outcome.DEFERRED;
			}
			else if (!lead.isPending()) {
				outcomes[i] = refused(new DomainException(DomainException.Kind.CONFLICT, "LEAD_ALREADY_DECIDED",
						"This lead is already " + lead.status()));
			}
			else if (!clock.instant().isBefore(lead.expiresAt())) {
				outcomes[i] = alone ? expired(lead, movements) : Outcome.DEFERRED;
			}
			else {
				decisions.add(request.validate() ? Decision.validated(lead, request.user().id(), request.comment())
						: Decision.rejected(lead, request.user().id(), request.reason(), request.comment()));
				decided.add(i);
			}
		}
		if (!decisions.isEmpty()) {
			List<Lead> settled = settlement.settle(decisions, movements);
			for (int j = 0; j < decided.size(); j++) {
				outcomes[decided.get(j)] = new Outcome(settled.get(j), null);
			}
		}
		return List.of(outcomes);
	}

	private Outcome expired(Lead lead, PlannedMovements movements) {
		settlement.settle(List.of(Decision.expired(lead,
				campaigns.find(lead.campaignId()).orElseThrow().settings().onExpiry())), movements);
		return refused(new DomainException(DomainException.Kind.CONFLICT, "LEAD_EXPIRED",
				"This lead expired before the decision; it was settled as the campaign's expiry rule says"));
	}

	private static Outcome refused(DomainException refusal) {
		return new Outcome(null, refusal);
	}

}
