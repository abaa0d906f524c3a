package com.shareyoursales.leads.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;

import com.shareyoursales.leads.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first admin: from LEADS_ADMIN_EMAIL / LEADS_ADMIN_PASSWORD when given (created if missing), else, on a
 * database without any admin, one with a generated password printed once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final Users users;

	private final AccountStore accounts;

	private final String email;

	private final String password;

	AdminBootstrap(Users users, AccountStore accounts, @Value("${leads.admin.email:}") String email,
			@Value("${leads.admin.password:}") String password) {
		this.users = users;
		this.accounts = accounts;
		this.email = email;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!email.isBlank()) {
			if (users.credentials(email).isEmpty()) {
				String chosen = password.isBlank() ? generatedPassword() : password;
				accounts.create(email, chosen, Role.ADMIN, "Admin", null, "fr", null);
				log.info("Created the admin account {}{}", email,
						password.isBlank() ? " with the generated password " + chosen : "");
			}
			return;
		}
		if (!users.anyAdmin()) {
			String generated = generatedPassword();
			accounts.create("admin@leads.local", generated, Role.ADMIN, "Admin", null, "fr", null);
			log.warn("""

					=====================================================================
					  First start: created the admin account
					    e-mail:   admin@leads.local
					    password: {}
					  This is printed once. Set LEADS_ADMIN_EMAIL/LEADS_ADMIN_PASSWORD to choose.
					=====================================================================""", generated);
		}
	}

	private static String generatedPassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
