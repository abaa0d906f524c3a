package com.shareyoursales.leads.leads;

import java.util.ArrayList;
import java.util.List;

import com.shareyoursales.leads.deposits.DepositLedger;
import com.shareyoursales.leads.leads.Batcher.Outcome;
import com.shareyoursales.leads.leads.DecisionBatch.DecisionRequest;
import com.shareyoursales.leads.leads.IntakeBatch.Submission;
import com.shareyoursales.leads.platform.database.RowSecurity;
import com.shareyoursales.leads.platform.events.PendingWrites;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submissions and decisions that arrive together, in one transaction: one commit and, for a hot deposit, one hold of
 * its row lock for all of them. Locks are taken in one order whatever the batch holds — the decided leads' rows (in
 * their ids' order), the submitted phones' and capped campaigns' keys, then every deposit in one statement
 * ({@link PlannedMovements}) — the order each kind alone, and the expiry sweep, take them in.
 */
@Component
class LeadBatch {

	/** A request a batch takes: a lead submission or a decision on a lead. */
	sealed interface LeadRequest permits Submission, DecisionRequest {
	}

	private final IntakeBatch intake;

	private final DecisionBatch decisions;

	private final DepositLedger ledger;

	private final RowSecurity rowSecurity;

	private final PendingWrites pendingWrites;

	LeadBatch(IntakeBatch intake, DecisionBatch decisions, DepositLedger ledger, RowSecurity rowSecurity,
			PendingWrites pendingWrites) {
		this.intake = intake;
		this.decisions = decisions;
		this.ledger = ledger;
		this.rowSecurity = rowSecurity;
		this.pendingWrites = pendingWrites;
	}

	/**
	 * Applies the requests in the caller's transaction and returns their outcomes in their order. Alone, a request's
	 * refusal is its outcome; only a reservation refused after the leads' insert is thrown (alone, as the submission's
	 * refusal; in a batch, as {@link Batcher.SplitBatch}) so that the insert is rolled back.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	List<Outcome> run(List<? extends LeadRequest> requests) {
		boolean alone = requests.size() == 1;
		List<DecisionRequest> decided = new ArrayList<>();
		List<Submission> submitted = new ArrayList<>();
		for (LeadRequest request : requests) {
			if (request instanceof DecisionRequest decision) {
				decided.add(decision);
			}
			else {
				submitted.add((Submission) request);
			}
		}
		// several users' requests: row security holds one user per transaction, so each part checks who may do what
		rowSecurity.actAsSystem();
		PlannedMovements movements = new PlannedMovements();
		List<Outcome> decisionOutcomes = decided.isEmpty() ? List.of() : decisions.decide(decided, movements, alone);
		List<Outcome> intakeOutcomes = submitted.isEmpty() ? List.of() : intake.submit(submitted, movements, alone);
		// both kinds' notifications in one write, then the deposits' locks (held until commit)
		movements.make(ledger, pendingWrites);
		List<Outcome> outcomes = new ArrayList<>(requests.size());
		int nextDecision = 0;
		int nextSubmission = 0;
		for (LeadRequest request : requests) {
			outcomes.add(request instanceof DecisionRequest ? decisionOutcomes.get(nextDecision++)
					: intakeOutcomes.get(nextSubmission++));
		}
		return outcomes;
	}

}
