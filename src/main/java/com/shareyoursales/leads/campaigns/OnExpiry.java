package com.shareyoursales.leads.campaigns;

/**
 * What a merchant's silence means when a lead expires: EXPIRE releases the commission (the source's rule), VALIDATE
 * captures it (silence counts as acceptance).
 */
public enum OnExpiry {

	EXPIRE, VALIDATE

}
