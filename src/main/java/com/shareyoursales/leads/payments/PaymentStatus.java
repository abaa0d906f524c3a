package com.shareyoursales.leads.payments;

/**
 * Where a payment attempt stands. UNKNOWN means the provider's answer was lost (a time-out): the reconciliation
 * job asks the provider again rather than guessing.
 */
public enum PaymentStatus {

	PENDING, SUCCEEDED, FAILED, CANCELED, UNKNOWN;

	/** A payment that may still succeed or fail. */
	public boolean isOpen() {
		return this == PENDING || this == UNKNOWN;
	}

}
