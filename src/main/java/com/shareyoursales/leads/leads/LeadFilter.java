package com.shareyoursales.leads.leads;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Filters of the lead lists and the CSV export; null means "any". {@code from} and {@code to} are business days in
 * Africa/Casablanca, both inclusive; {@code q} matches name, phone, e-mail or city.
 */
public record LeadFilter(LeadStatus status, UUID campaignId, LeadSource source, LocalDate from, LocalDate to,
		String q) {

	public static LeadFilter none() {
		return new LeadFilter(null, null, null, null, null, null);
	}

	public LeadFilter withCampaign(UUID campaign) {
		return new LeadFilter(status, campaign, source, from, to, q);
	}

}
