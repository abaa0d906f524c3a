package com.shareyoursales.leads.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.shareyoursales.leads.identity.internal.Users;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to accounts for the other modules (names, locales, contact details of recipients). */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

	private final Users users;

	UserDirectory(Users users) {
		this.users = users;
	}

	public Optional<UserProfile> find(UUID id) {
		return users.findById(id);
	}

	public List<UserProfile> withRole(Role role) {
		return users.findByRole(role);
	}

}
