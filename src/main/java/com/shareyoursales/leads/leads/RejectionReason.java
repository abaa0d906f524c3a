package com.shareyoursales.leads.leads;

/** Why a merchant rejected a lead; shown to the influencer. */
public enum RejectionReason {

	NOT_REACHABLE, NOT_INTERESTED, FAKE, DUPLICATE, OUT_OF_AREA, OTHER

}
