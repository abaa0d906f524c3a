package com.shareyoursales.leads.notifications.internal;

import java.time.Instant;
import java.util.UUID;

import com.shareyoursales.leads.notifications.Channel;
import com.shareyoursales.leads.notifications.DeliveryStatus;

import org.jspecify.annotations.Nullable;

/** One message of the outbox, on one channel to one address, with where its sending stands. */
public record Delivery(UUID id, UUID userId, Channel channel, String address, String locale, String type,
		@Nullable String subject, String bodyText, @Nullable String bodyHtml, @Nullable String dedupeKey,
		DeliveryStatus status, int attempts, @Nullable Instant nextAttemptAt, @Nullable String lastError,
		@Nullable String providerResponse, @Nullable String providerId, Instant createdAt, @Nullable Instant sentAt,
		@Nullable UUID receiptPaymentId) {

}
