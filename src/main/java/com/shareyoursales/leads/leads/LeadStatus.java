package com.shareyoursales.leads.leads;

/** PENDING until decided; the other three are final. */
public enum LeadStatus {

	PENDING, VALIDATED, REJECTED, EXPIRED

}
