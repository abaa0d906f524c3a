package com.shareyoursales.leads.identity;

/** What a user is on the platform; decides every endpoint it may call. */
public enum Role {

	ADMIN, MERCHANT, INFLUENCER

}
