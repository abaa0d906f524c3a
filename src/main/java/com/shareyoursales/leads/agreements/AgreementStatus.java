package com.shareyoursales.leads.agreements;

/** PROPOSED by the merchant, SIGNED by the influencer, TERMINATED by the merchant. */
public enum AgreementStatus {

	PROPOSED, SIGNED, TERMINATED

}
