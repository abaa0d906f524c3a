package com.shareyoursales.leads.leads;

import java.util.List;

/**
 * Leads decided together, in one transaction (a batch of merchants' decisions, or of the expiry sweep): one event
 * for the batch, so that its listeners can do their work for all of them at once.
 */
public record LeadsDecided(List<LeadDecided> leads) {

	public LeadsDecided {
		leads = List.copyOf(leads);
	}

}
