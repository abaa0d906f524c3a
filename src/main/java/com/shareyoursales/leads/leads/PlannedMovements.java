package com.shareyoursales.leads.leads;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import com.shareyoursales.leads.deposits.DepositLedger;
import com.shareyoursales.leads.deposits.DepositLedger.LeadMovement;
import com.shareyoursales.leads.deposits.Movement;
import com.shareyoursales.leads.platform.events.PendingWrites;

/**
 * The ledger movements of one transaction's leads — its decisions' captures and releases, its submissions'
 * reservations — made last, together, in one statement. The deposits' row locks are then taken in one order (the
 * deposits' ids) and held only through that statement and the commit, whatever the batch holds: two transactions
 * cannot wait for each other's deposits in a cycle, and a hot deposit is locked once per batch.
 */
final class PlannedMovements {

	/** A deposit's captures and releases before its reservations: what a decision frees, a submission may use. */
	private static final Comparator<Planned> ORDER = Comparator
		.comparing((Planned planned) -> planned.movement().depositId().toString())
		.thenComparing(planned -> planned.movement().kind() == LeadMovement.Kind.RESERVE);

	/** A movement, and what to do with its outcome (a refused reservation throws, to roll its lead back). */
	private record Planned(LeadMovement movement, Consumer<Movement> onOutcome) {
	}

	private final List<Planned> planned = new ArrayList<>();

	void add(LeadMovement movement) {
		add(movement, moved -> {
		});
	}

	void add(LeadMovement movement, Consumer<Movement> onOutcome) {
		planned.add(new Planned(movement, onOutcome));
	}

	/**
	 * Makes every planned movement, in deposit order, then hands each outcome to its planner. What the transaction's
	 * listeners left to it (its notifications) is written first, so that it is not written under the deposits' locks.
	 */
	void make(DepositLedger ledger, PendingWrites pendingWrites) {
		pendingWrites.flush();
		if (planned.isEmpty()) {
			return;
		}
		List<Planned> ordered = planned.stream().sorted(ORDER).toList();
		planned.clear();
		List<Movement> moved = ledger.move(ordered.stream().map(Planned::movement).toList());
		for (int i = 0; i < moved.size(); i++) {
			ordered.get(i).onOutcome().accept(moved.get(i));
		}
	}

}
