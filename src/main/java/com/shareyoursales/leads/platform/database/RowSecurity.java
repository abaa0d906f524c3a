package com.shareyoursales.leads.platform.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * The database's view of who is asking. Requests of a signed-in user run as that user; everything else (scheduled
 * jobs, provider webhooks, sign-up and log-in) runs as SYSTEM. A module that must act for the platform inside a
 * user's transaction (an influencer's lead reserving on the merchant's deposit) elevates explicitly, after its own
 * checks.
 */
@Component
public class RowSecurity {

	record Principal(String userId, String role) {
	}

	private final JdbcClient jdbc;

	RowSecurity(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Lets the rest of the current transaction see and change every row. A transaction begun without a signed-in
	 * user (a batch thread's, a scheduled job's) already runs as SYSTEM ({@link RowSecurityTransactionManager}): no
	 * round trip then. Should the user have gone in between, row security would only show it less, never more.
	 */
	public void actAsSystem() {
		if (!"SYSTEM".equals(currentPrincipal().role())) {
			jdbc.sql("select set_config('app.role', 'SYSTEM', true)").query().singleValue();
		}
	}

	static Principal currentPrincipal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
			return new Principal(jwt.getSubject(), jwt.getClaimAsString("role"));
		}
		return new Principal("", "SYSTEM");
	}

}
