package com.shareyoursales.leads.leads;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.shareyoursales.leads.campaigns.OnExpiry;
import com.shareyoursales.leads.deposits.DepositLedger;
import com.shareyoursales.leads.deposits.DepositLedger.LeadMovement;
import com.shareyoursales.leads.leads.internal.LeadRows;
import com.shareyoursales.leads.leads.internal.LeadRows.Decided;
import com.shareyoursales.leads.platform.events.PendingWrites;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import org.jspecify.annotations.Nullable;

/**
 * Settles locked, pending leads: the ledger movements (capture or release), the final statuses, the
 * {@code lead_validation} rows and the events, all in the caller's transaction, one statement each for all of them.
 */
@Component
class LeadSettlement {

	private final LeadRows leads;

	private final DepositLedger ledger;

	private final ApplicationEventPublisher events;

	private final PendingWrites pendingWrites;

	private final Clock clock;

	LeadSettlement(LeadRows leads, DepositLedger ledger, ApplicationEventPublisher events, PendingWrites pendingWrites,
			Clock clock) {
		this.leads = leads;
		this.ledger = ledger;
		this.events = events;
		this.pendingWrites = pendingWrites;
		this.clock = clock;
	}

	/** A pending lead's final status, who decided (null: the schedule) and why. */
	record Decision(Lead lead, LeadStatus status, @Nullable UUID by, @Nullable RejectionReason reason,
			@Nullable String comment, boolean bySilence) {

		static Decision validated(Lead lead, UUID by, @Nullable String comment) {
			return new Decision(lead, LeadStatus.VALIDATED, by, null, comment, false);
		}

		static Decision rejected(Lead lead, UUID by, RejectionReason reason, @Nullable String comment) {
			return new Decision(lead, LeadStatus.REJECTED, by, reason, comment, false);
		}

		/** Expiry as the campaign defines it: released and EXPIRED, or captured as if validated by silence. */
		static Decision expired(Lead lead, OnExpiry onExpiry) {
			return onExpiry == OnExpiry.VALIDATE ? new Decision(lead, LeadStatus.VALIDATED, null, null, null, true)
					: new Decision(lead, LeadStatus.EXPIRED, null, null, null, false);
		}

	}

	/** Settles now, ledger movements included. @return the leads as now stored, in the decisions' order */
	List<Lead> settle(List<Decision> decisions) {
		PlannedMovements movements = new PlannedMovements();
		List<Lead> settled = settle(decisions, movements);
		movements.make(ledger, pendingWrites);
		return settled;
	}

	/**
	 * Settles, the ledger movements planned (made with the rest of the caller's batch). @return the leads as now
	 * stored, in the decisions' order (without reading them back)
	 */
	List<Lead> settle(List<Decision> decisions, PlannedMovements movements) {
		Instant now = now();
		// their listeners write in this transaction (before its movements); a failure below leaves nothing behind
		events.publishEvent(new LeadsDecided(decisions.stream().map(decision -> event(decision, now)).toList()));
		leads.markDecided(decisions.stream()
			.map(decision -> new Decided(decision.lead().id(), decision.status(), now, decision.by(), decision.reason(),
					decision.comment()))
			.toList());
		decisions.forEach(decision -> movements.add(new LeadMovement(decision.status() == LeadStatus.VALIDATED
				? LeadMovement.Kind.CAPTURE : LeadMovement.Kind.RELEASE, decision.lead().depositId(),
				decision.lead().id(), decision.lead().commission(), decision.by())));
		return decisions.stream()
			.map(decision -> decision.lead().decided(decision.status(), now, decision.reason(), decision.comment()))
			.toList();
	}

	private static LeadDecided event(Decision decision, Instant now) {
		Lead lead = decision.lead();
		return switch (decision.status()) {
			case VALIDATED -> new LeadValidated(lead.id(), lead.campaignId(), lead.merchantId(), lead.influencerId(),
					lead.depositId(), lead.commission(), decision.bySilence(), now);
			case REJECTED -> new LeadRejected(lead.id(), lead.campaignId(), lead.merchantId(), lead.influencerId(),
					lead.depositId(), lead.commission(), decision.reason().name(), decision.comment(), now);
			case EXPIRED -> new LeadExpired(lead.id(), lead.campaignId(), lead.merchantId(), lead.influencerId(),
					lead.depositId(), lead.commission(), now);
			case PENDING -> throw new IllegalArgumentException("A decision ends a lead's PENDING status");
		};
	}

	/** PostgreSQL keeps microseconds: the instant returned is the one a later read gives back. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
