package com.shareyoursales.leads.leads;

import java.util.UUID;

/** A pending lead's final status: validated, rejected or expired. */
public sealed interface LeadDecided permits LeadValidated, LeadRejected, LeadExpired {

	UUID leadId();

	UUID merchantId();

	UUID influencerId();

	UUID depositId();

}
