package com.shareyoursales.leads.notifications;

/** Where a message goes: the user's dashboard (stored, pushed live) or an outside channel sent by the outbox. */
public enum Channel {

	DASHBOARD, EMAIL, SMS, WHATSAPP;

	public boolean external() {
		return this != DASHBOARD;
	}

}
