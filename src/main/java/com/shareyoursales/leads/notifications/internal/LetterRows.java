package com.shareyoursales.leads.notifications.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.jspecify.annotations.Nullable;

/**
 * Letters written by {@code post_letters} (V54): the dashboard notifications and the outbox's deliveries in one
 * statement, as SYSTEM, each once per dedupe key.
 */
@Repository
class LetterRows {

	/**
	 * What one call wrote.
	 *
	 * @param notifications the ids of the notifications written now (a replayed cause writes none)
	 * @param deliveries how many deliveries were queued now
	 * @param failure with isolation, the database's error that undid the whole call; null when it was written
	 */
	record Posted(Set<UUID> notifications, int deliveries, @Nullable String failure) {

		boolean written() {
			return !notifications.isEmpty() || deliveries > 0;
		}

	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	LetterRows(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Isolated, a failure is undone alone (a savepoint inside the call) and returned, and the caller's transaction goes
	 * on; otherwise it fails the caller's transaction as any statement would.
	 */
	Posted post(Letters letters, boolean isolated) {
		return jdbc.sql("""
				select notifications, deliveries, failure
				  from post_letters(cast(:notifications as jsonb), cast(:deliveries as jsonb), :isolated)""")
			.param("notifications", json.writeValueAsString(letters.shown().stream().map(LetterRows::row).toList()))
			.param("deliveries", json.writeValueAsString(letters.sent().stream().map(LetterRows::row).toList()))
			.param("isolated", isolated)
			.query((rs, row) -> new Posted(ids(rs.getArray("notifications")), rs.getInt("deliveries"),
					rs.getString("failure")))
			.single();
	}

	private static Map<String, Object> row(Letters.Shown shown) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", shown.notification().id());
		row.put("user_id", shown.userId());
		row.put("type", shown.notification().type());
		row.put("title", shown.notification().title());
		row.put("body", shown.notification().body());
		row.put("data", shown.notification().data());
		row.put("dedupe_key", shown.dedupeKey());
		row.put("created_at", shown.notification().createdAt().toString());
		return row;
	}

	private static Map<String, Object> row(Letters.Sent sent) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("user_id", sent.userId());
		row.put("channel", sent.channel().name());
		row.put("address", sent.address());
		row.put("locale", sent.locale());
		row.put("type", sent.type());
		row.put("subject", sent.subject());
		row.put("body_text", sent.text());
		row.put("body_html", sent.html());
		row.put("receipt_payment_id", sent.receiptPaymentId());
		row.put("dedupe_key", sent.dedupeKey());
		row.put("created_at", sent.at().toString());
		return row;
	}

	private static Set<UUID> ids(Array array) throws SQLException {
		return Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).collect(Collectors.toSet());
	}

}
