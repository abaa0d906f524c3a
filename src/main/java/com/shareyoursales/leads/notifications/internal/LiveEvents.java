package com.shareyoursales.leads.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publishes a live event for a user through PostgreSQL NOTIFY, so that every instance of the service (each
 * LISTENing, see {@link LiveListener}) pushes it to that user's open pages. Inside a transaction PostgreSQL
 * delivers it only on commit: a rolled-back change is never pushed.
 */
@Component
public class LiveEvents {

	static final String CHANNEL = "leads_live";

	/** PostgreSQL refuses payloads of 8000 bytes or more. */
	private static final int MAX_PAYLOAD_BYTES = 7900;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	LiveEvents(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public void publish(UUID userId, String event, Object data) {
		String payload = json.writeValueAsString(Map.of("u", userId, "e", event, "d", data));
		if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
			// too large to travel: the page is told that something changed and reloads it
			payload = json.writeValueAsString(Map.of("u", userId, "e", event, "d", Map.of("truncated", true)));
		}
		jdbc.sql("select pg_notify(:channel, :payload)")
			.param("channel", CHANNEL)
			.param("payload", payload)
			.query()
			.singleValue();
	}

}
