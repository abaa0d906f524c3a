package com.shareyoursales.leads.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Per-user notification preferences ({@code notification_settings}); no row means the defaults. */
@Repository
public class SettingsRows {

	private final JdbcClient jdbc;

	SettingsRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean leadEmailDigest(UUID userId) {
		return jdbc.sql("select lead_email_digest from notification_settings where user_id = :user")
			.param("user", userId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	public void saveLeadEmailDigest(UUID userId, boolean enabled, Instant at) {
		jdbc.sql("""
				insert into notification_settings (user_id, lead_email_digest, updated_at) values (:user, :enabled, :at)
				on conflict (user_id) do update set lead_email_digest = excluded.lead_email_digest,
				                                    updated_at = excluded.updated_at""")
			.param("user", userId)
			.param("enabled", enabled)
			.param("at", Timestamp.from(at))
			.update();
	}

	public List<UUID> withLeadEmailDigest() {
		return jdbc.sql("select user_id from notification_settings where lead_email_digest")
			.query(UUID.class)
			.list();
	}

}
