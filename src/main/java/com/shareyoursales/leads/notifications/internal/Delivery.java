package com.shareyoursales.leads.notifications.internal;

import java.time.Instant;
import java.util.UUID;

import com.shareyoursales.leads.notifications.Channel;
import com.shareyoursales.leads.notifications.DeliveryStatus;

/** One message of the outbox, on one channel to one address, with where its sending stands. */
public record Delivery(UUID id, UUID userId, Channel channel, String address, String locale, String type,
		String subject, String bodyText, String bodyHtml, String dedupeKey, DeliveryStatus status, int attempts,
		Instant nextAttemptAt, String lastError, String providerResponse, String providerId, Instant createdAt,
		Instant sentAt, UUID receiptPaymentId) {

}
