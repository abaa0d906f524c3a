package com.shareyoursales.leads.identity;

import java.util.Map;
import java.util.UUID;

import com.shareyoursales.leads.identity.internal.AccountStore;
import com.shareyoursales.leads.shared.DomainException;
import com.shareyoursales.leads.shared.PhoneNumbers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-up and account settings. Log-in lives in {@code internal.LoginService}. */
@Service
public class Accounts {

	private final AccountStore store;

	Accounts(AccountStore store) {
		this.store = store;
	}

	public record Registration(String email, String password, Role role, String displayName, String phone,
			String locale, String companyName) {
	}

	@Transactional
	public UserProfile register(Registration registration) {
		if (registration.role() == Role.ADMIN) {
			throw DomainException.invalidField("role", "INVALID_ROLE", "Only MERCHANT or INFLUENCER can sign up");
		}
		if (registration.role() == Role.MERCHANT
				&& (registration.companyName() == null || registration.companyName().isBlank())) {
			throw DomainException.invalidField("companyName", "REQUIRED", "A merchant needs a company name");
		}
		String phone = normalisedPhone(registration.phone());
		return store.create(registration.email().trim(), registration.password(), registration.role(),
				registration.displayName().trim(), phone, registration.locale() == null ? "fr" : registration.locale(),
				registration.role() == Role.MERCHANT ? registration.companyName().trim() : null);
	}

	@Transactional
	public UserProfile changeLocale(UUID userId, String locale) {
		store.changeLocale(userId, locale);
		return store.profile(userId).orElseThrow(() -> DomainException.notFound("User"));
	}

	@Transactional(readOnly = true)
	public UserProfile profile(UUID userId) {
		return store.profile(userId).orElseThrow(() -> DomainException.notFound("User"));
	}

	private static String normalisedPhone(String phone) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		return PhoneNumbers.toE164(phone)
			.orElseThrow(() -> new DomainException(DomainException.Kind.INVALID, "INVALID_PHONE",
					"Not a valid phone number", Map.of("field", "phone")));
	}

}
