package com.shareyoursales.leads.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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

	/** The profiles of these users, by id, read in one round trip (a batch's recipients); unknown ids are absent. */
	public Map<UUID, UserProfile> find(Collection<UUID> ids) {
		return users.findByIds(ids).stream().collect(Collectors.toMap(UserProfile::id, Function.identity()));
	}

	public List<UserProfile> withRole(Role role) {
		return users.findByRole(role);
	}

}
