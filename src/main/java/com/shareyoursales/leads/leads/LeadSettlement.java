package com.shareyoursales.leads.leads;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.shareyoursales.leads.campaigns.OnExpiry;
import com.shareyoursales.leads.deposits.DepositLedger;
import com.shareyoursales.leads.leads.internal.LeadRows;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Settles a locked, pending lead: the ledger movement (capture or release), the final status, the
 * {@code lead_validation} row and the event, all in the caller's transaction.
 */
@Component
class LeadSettlement {

	private final LeadRows leads;

	private final DepositLedger ledger;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LeadSettlement(LeadRows leads, DepositLedger ledger, ApplicationEventPublisher events, Clock clock) {
		this.leads = leads;
		this.ledger = ledger;
		this.events = events;
		this.clock = clock;
	}

	/** @return the lead as now stored (without reading it back: the deposit's lock is held until commit) */
	Lead validate(Lead lead, UUID by, String comment, boolean bySilence) {
		Instant now = now();
		// its listeners write in this transaction, now; a failure below leaves nothing behind
		events.publishEvent(new LeadValidated(lead.id(), lead.campaignId(), lead.merchantId(), lead.influencerId(),
				lead.depositId(), lead.commission(), bySilence, now));
		leads.markDecided(lead.id(), LeadStatus.VALIDATED, now, by, null, comment);
		// last: the deposit's row lock is held only through this statement and the commit
		ledger.capture(lead.depositId(), lead.id(), lead.commission(), by);
		return lead.decided(LeadStatus.VALIDATED, now, null, comment);
	}

	/** @return the lead as now stored */
	Lead reject(Lead lead, UUID by, RejectionReason reason, String comment) {
		Instant now = now();
		events.publishEvent(new LeadRejected(lead.id(), lead.campaignId(), lead.merchantId(), lead.influencerId(),
				lead.depositId(), lead.commission(), reason.name(), comment, now));
		leads.markDecided(lead.id(), LeadStatus.REJECTED, now, by, reason, comment);
		ledger.release(lead.depositId(), lead.id(), lead.commission(), by);
		return lead.decided(LeadStatus.REJECTED, now, reason, comment);
	}

	/** PostgreSQL keeps microseconds: the instant returned is the one a later read gives back. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** Expiry as the campaign defines it: released and EXPIRED, or captured as if validated by silence. */
	LeadStatus expire(Lead lead, OnExpiry onExpiry) {
		if (onExpiry == OnExpiry.VALIDATE) {
			validate(lead, null, null, true);
			return LeadStatus.VALIDATED;
		}
		Instant now = now();
		events.publishEvent(new LeadExpired(lead.id(), lead.campaignId(), lead.merchantId(), lead.influencerId(),
				lead.depositId(), lead.commission(), now));
		leads.markDecided(lead.id(), LeadStatus.EXPIRED, now, null, null, null);
		ledger.release(lead.depositId(), lead.id(), lead.commission(), null);
		return LeadStatus.EXPIRED;
	}

}
