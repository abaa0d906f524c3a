package com.shareyoursales.leads.notifications;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A dashboard notification of one user, as the API and the live stream show it. */
public record Notification(UUID id, String type, String title, String body, Map<String, Object> data,
		Instant readAt, Instant createdAt) {

}
