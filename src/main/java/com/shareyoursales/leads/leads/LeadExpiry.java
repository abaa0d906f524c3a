package com.shareyoursales.leads.leads;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.shareyoursales.leads.campaigns.Campaign;
import com.shareyoursales.leads.campaigns.CampaignCatalog;
import com.shareyoursales.leads.leads.LeadSettlement.Decision;
import com.shareyoursales.leads.leads.internal.LeadRows;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly sweep: settles every pending lead past its expiry, in batches, each batch one transaction. Rows are
 * taken with SKIP LOCKED, so it is safe to run twice or on two instances at once: a lead is settled once.
 */
@Service
public class LeadExpiry {

	private static final int BATCH = 500;

	private final LeadRows leads;

	private final LeadSettlement settlement;

	private final CampaignCatalog campaigns;

	private final TransactionTemplate transactions;

	private final Clock clock;

	LeadExpiry(LeadRows leads, LeadSettlement settlement, CampaignCatalog campaigns, TransactionTemplate transactions,
			Clock clock) {
		this.leads = leads;
		this.settlement = settlement;
		this.campaigns = campaigns;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Settles all leads due now; returns how many. Runs in the system context (no signed-in user). */
	public int expireDue() {
		int total = 0;
		while (true) {
			Integer settled = transactions.execute(status -> {
				List<Lead> due = leads.lockDueForExpiry(clock.instant(), BATCH);
				if (!due.isEmpty()) {
					Map<UUID, Campaign> rules = campaigns.find(due.stream().map(Lead::campaignId).distinct().toList());
					settlement.settle(due.stream()
						.map(lead -> Decision.expired(lead, rules.get(lead.campaignId()).settings().onExpiry()))
						.toList());
				}
				return due.size();
			});
			total += settled;
			if (settled < BATCH) {
				return total;
			}
		}
	}

}
