package com.shareyoursales.leads.leads;

import com.shareyoursales.leads.shared.DomainException;

/** The refusal rules of lead intake (SPEC "Leads"), each with its stable problem code. */
final class LeadRefusal {

	private LeadRefusal() {
	}

	static DomainException campaignNotActive() {
		return new DomainException(DomainException.Kind.CONFLICT, "CAMPAIGN_NOT_ACTIVE",
				"This campaign does not take leads now");
	}

	static DomainException agreementRequired() {
		return new DomainException(DomainException.Kind.FORBIDDEN, "AGREEMENT_REQUIRED",
				"This campaign needs a signed, current agreement with the merchant");
	}

	static DomainException duplicate(int days) {
		return new DomainException(DomainException.Kind.CONFLICT, "DUPLICATE_LEAD",
				"This phone number was already submitted to this merchant in the last " + days + " days");
	}

	static DomainException capReached(String which) {
		return new DomainException(DomainException.Kind.CONFLICT, "CAP_REACHED", "The campaign's " + which
				+ " cap is reached");
	}

	static DomainException depositDepleted() {
		return new DomainException(DomainException.Kind.CONFLICT, "DEPOSIT_DEPLETED",
				"The merchant's deposit is depleted; new leads are refused until it is recharged");
	}

	static DomainException insufficientDeposit() {
		return new DomainException(DomainException.Kind.CONFLICT, "INSUFFICIENT_DEPOSIT",
				"The merchant's available deposit cannot cover this lead's commission");
	}

}
