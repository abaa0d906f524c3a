package com.shareyoursales.leads.notifications.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.shareyoursales.leads.notifications.Channel;
import com.shareyoursales.leads.notifications.Notification;

import org.jspecify.annotations.Nullable;

/**
 * What users are to be told, rendered in their languages and not yet written: dashboard notifications and outside
 * deliveries, all written by one statement ({@link Outbox#post}).
 */
final class Letters {

	/** A dashboard notification for a user, once per dedupe key (cause + recipient). */
	record Shown(UUID userId, Notification notification, String dedupeKey) {
	}

	/** A message for an outside channel, once per dedupe key (cause + recipient + channel). */
	record Sent(@Nullable UUID userId, Channel channel, @Nullable String address, String locale, String type,
			String subject, String text, @Nullable String html, @Nullable UUID receiptPaymentId, String dedupeKey,
			Instant at) {
	}

	private final List<Shown> shown = new ArrayList<>();

	private final List<Sent> sent = new ArrayList<>();

	void show(Shown notification) {
		shown.add(notification);
	}

	void send(Sent delivery) {
		sent.add(delivery);
	}

	boolean isEmpty() {
		return shown.isEmpty() && sent.isEmpty();
	}

	List<Shown> shown() {
		return List.copyOf(shown);
	}

	List<Sent> sent() {
		return List.copyOf(sent);
	}

}
