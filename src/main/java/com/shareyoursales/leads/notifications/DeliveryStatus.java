package com.shareyoursales.leads.notifications;

/**
 * A message of the outbox: PENDING until sent (SENT), given up after the last attempt (FAILED), or not sendable
 * at all, with the reason (SKIPPED: channel not configured, no address, not a mobile number).
 */
public enum DeliveryStatus {

	PENDING, SENT, FAILED, SKIPPED

}
