package com.shareyoursales.leads.identity.internal;

import java.util.Optional;
import java.util.UUID;

import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.identity.UserProfile;
import com.shareyoursales.leads.shared.DomainException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates accounts with hashed passwords, refusing an e-mail that is already taken. */
@Component
public class AccountStore {

	private final Users users;

	private final PasswordEncoder passwords;

	AccountStore(Users users, PasswordEncoder passwords) {
		this.users = users;
		this.passwords = passwords;
	}

	public UserProfile create(String email, String rawPassword, Role role, String displayName, String phone,
			String locale, String companyName) {
		if (users.emailTaken(email)) {
			throw duplicateEmail();
		}
		try {
			return users.insert(email, passwords.encode(rawPassword), role, displayName, phone, locale, companyName);
		}
		catch (DuplicateKeyException ex) {
			throw duplicateEmail();
		}
	}

	public void changeLocale(UUID userId, String locale) {
		users.updateLocale(userId, locale);
	}

	public Optional<UserProfile> profile(UUID userId) {
		return users.findById(userId);
	}

	private static DomainException duplicateEmail() {
		return new DomainException(DomainException.Kind.CONFLICT, "DUPLICATE_EMAIL",
				"An account with this e-mail already exists");
	}

}
