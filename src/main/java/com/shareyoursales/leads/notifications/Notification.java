package com.shareyoursales.leads.notifications;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A dashboard notification of one user, as the API and the live stream show it. */
public record Notification(UUID id, String type, String title, String body, @Nullable Map<String, Object> data,
		@Nullable Instant readAt, Instant createdAt) {

}
