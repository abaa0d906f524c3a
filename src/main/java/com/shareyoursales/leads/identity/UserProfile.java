package com.shareyoursales.leads.identity;

import java.time.Instant;
import java.util.UUID;

/** A user as other modules and clients see it (never the password hash). */
public record UserProfile(UUID id, String email, Role role, String displayName, String phone, String locale,
		String companyName, Instant createdAt) {

	/** The name to show for a merchant: its company, else its display name. */
	public String businessName() {
		return companyName != null ? companyName : displayName;
	}

}
