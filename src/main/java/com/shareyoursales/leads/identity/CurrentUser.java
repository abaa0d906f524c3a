package com.shareyoursales.leads.identity;

import java.util.UUID;

import com.shareyoursales.leads.shared.DomainException;

/** The signed-in user of a request, as its bearer token says. Controllers receive it as a parameter. */
public record CurrentUser(UUID id, Role role) {

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	public boolean is(Role expected) {
		return role == expected;
	}

	/** Refuses the call unless the user has one of the roles. */
	public CurrentUser require(Role... allowed) {
		for (Role candidate : allowed) {
			if (role == candidate) {
				return this;
			}
		}
		throw new DomainException(DomainException.Kind.FORBIDDEN, "FORBIDDEN", "This action is not allowed for your role");
	}

	/** True when the user may see data of this merchant: the merchant itself or an admin. */
	public boolean actsFor(UUID merchantId) {
		return isAdmin() || id.equals(merchantId);
	}

}
