package com.shareyoursales.leads.leads;

import java.util.List;
import java.util.UUID;

import com.shareyoursales.leads.identity.CurrentUser;
import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.leads.DecisionBatch.DecisionRequest;
import com.shareyoursales.leads.leads.LeadBatch.LeadRequest;
import com.shareyoursales.leads.shared.DomainException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.jspecify.annotations.Nullable;

/**
 * The owning merchant (or an admin) validates or rejects a pending lead. A decision attempted after the lead's
 * expiry settles it as expired on the spot — that change commits — and then answers LEAD_EXPIRED. Decisions that
 * arrive together share one transaction, with the submissions that arrive with them ({@link Batcher},
 * {@link LeadBatch}); one that arrives inside a transaction of its caller runs in it, alone.
 */
@Service
public class LeadDecisions {

	public static final int MAX_BULK = 500;

	private final LeadBatch batch;

	private final Batcher<LeadRequest> batcher;

	LeadDecisions(LeadBatch batch, Batcher<LeadRequest> batcher) {
		this.batch = batch;
		this.batcher = batcher;
	}

	/** One lead's outcome in a bulk decision. */
	public record BulkOutcome(UUID id, String outcome, @Nullable LeadStatus status, @Nullable String code) {
	}

	public Lead validate(CurrentUser user, UUID leadId, String comment) {
		return decide(new DecisionRequest(user, leadId, true, null, comment));
	}

	public Lead reject(CurrentUser user, UUID leadId, RejectionReason reason, String comment) {
		return decide(new DecisionRequest(user, leadId, false, reason, comment));
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

	private Lead decide(DecisionRequest request) {
		request.user().require(Role.MERCHANT, Role.ADMIN);
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			return batcher.submit(request);
		}
		return batch.run(List.of(request)).get(0).leadOrThrow();
	}

}
