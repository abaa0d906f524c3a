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

	/** Lets the rest of the current transaction see and change every row. */
	public void actAsSystem() {
		jdbc.sql("select set_config('app.role', 'SYSTEM', true)").query().singleValue();
	}

	/** Runs work as SYSTEM, then gives the rest of the transaction back the role it had. */
	public void asSystem(Runnable work) {
		// the materialised CTE reads the role before set_config changes it
		String previous = jdbc.sql("""
				with previous as materialized (select current_setting('app.role', true) as role)
				select role, set_config('app.role', 'SYSTEM', true) from previous""")
			.query((rs, row) -> rs.getString("role"))
			.single();
		work.run();
		if (!"SYSTEM".equals(previous)) {
			jdbc.sql("select set_config('app.role', :role, true)")
				.param("role", previous == null ? "" : previous)
				.query()
				.singleValue();
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
