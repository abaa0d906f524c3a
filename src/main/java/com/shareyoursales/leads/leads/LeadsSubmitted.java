package com.shareyoursales.leads.leads;

import java.util.List;

/**
 * Leads accepted together, in one intake transaction (one or more): one event for the batch, so that its
 * listeners can do their work for all of them at once (the merchants' notifications in one statement).
 */
public record LeadsSubmitted(List<LeadSubmitted> leads) {

	public LeadsSubmitted {
		leads = List.copyOf(leads);
	}

}
