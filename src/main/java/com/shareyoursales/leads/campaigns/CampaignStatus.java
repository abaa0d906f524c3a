package com.shareyoursales.leads.campaigns;

/** Only an ACTIVE campaign takes new leads; ENDED is final. */
public enum CampaignStatus {

	ACTIVE, PAUSED, ENDED

}
