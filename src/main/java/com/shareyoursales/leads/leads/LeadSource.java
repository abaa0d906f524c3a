package com.shareyoursales.leads.leads;

/** Where the influencer found the customer. */
public enum LeadSource {

	INSTAGRAM, TIKTOK, FACEBOOK, WHATSAPP, YOUTUBE, SNAPCHAT, WEBSITE, OTHER

}
