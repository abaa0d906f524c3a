package com.shareyoursales.leads.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.shareyoursales.leads.notifications.Channel;
import com.shareyoursales.leads.notifications.DeliveryStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.jspecify.annotations.Nullable;

/** The outbox ({@code notification_deliveries}) and its attempts ({@code notification_attempts}). */
@Repository
public class Deliveries {

	/** Filters of the admins' log; null means any. */
	public record Filter(Channel channel, DeliveryStatus status, UUID userId, Instant from, Instant to) {
	}

	public record Attempt(int attempt, DeliveryStatus outcome, @Nullable String error,
			@Nullable String providerResponse, Instant attemptedAt) {
	}

	private final JdbcClient jdbc;

	Deliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Due messages, locked for this transaction; rows another instance holds are skipped, never sent twice. */
	public List<Delivery> lockDue(Instant now, int limit) {
		return jdbc.sql("""
				select * from notification_deliveries
				 where status = 'PENDING' and next_attempt_at <= :now
				 order by next_attempt_at, created_at
				 limit :limit
				 for update skip locked""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(Deliveries::delivery)
			.list();
	}

	/** Records one attempt and the message's new state. */
	public void record(Delivery delivery, DeliveryStatus status, String error, String providerResponse,
			String providerId, Instant nextAttemptAt, Instant at) {
		int attempt = delivery.attempts() + 1;
		jdbc.sql("""
				update notification_deliveries
				   set status = :status, attempts = :attempt, next_attempt_at = :next, last_error = :error,
				       provider_response = coalesce(:response, provider_response),
				       provider_id = coalesce(:providerId, provider_id),
				       sent_at = case when :status = 'SENT' then :at else sent_at end, updated_at = :at
				 where id = :id""")
			.param("status", status.name())
			.param("attempt", attempt)
			.param("next", Timestamp.from(nextAttemptAt))
			.param("error", truncate(error, 2000))
			.param("response", truncate(providerResponse, 4000))
			.param("providerId", truncate(providerId, 200))
			.param("at", Timestamp.from(at))
			.param("id", delivery.id())
			.update();
		jdbc.sql("""
				insert into notification_attempts (delivery_id, attempt, outcome, error, provider_response, attempted_at)
				values (:id, :attempt, :outcome, :error, :response, :at)""")
			.param("id", delivery.id())
			.param("attempt", attempt)
			.param("outcome", status == DeliveryStatus.PENDING ? DeliveryStatus.FAILED.name() : status.name())
			.param("error", truncate(error, 2000))
			.param("response", truncate(providerResponse, 4000))
			.param("at", Timestamp.from(at))
			.update();
	}

	public List<Delivery> log(Filter filter, int page, int size) {
		return jdbc.sql("select * from notification_deliveries where " + WHERE
				+ " order by created_at desc, id limit :size offset :offset")
			.params(params(filter))
			.param("size", size)
			.param("offset", (long) page * size)
			.query(Deliveries::delivery)
			.list();
	}

	public long count(Filter filter) {
		return jdbc.sql("select count(*) from notification_deliveries where " + WHERE)
			.params(params(filter))
			.query(Long.class)
			.single();
	}

	public List<Attempt> attempts(UUID deliveryId) {
		return jdbc.sql("""
				select attempt, outcome, error, provider_response, attempted_at from notification_attempts
				 where delivery_id = :id order by attempt""")
			.param("id", deliveryId)
			.query((rs, row) -> new Attempt(rs.getInt("attempt"), DeliveryStatus.valueOf(rs.getString("outcome")),
					rs.getString("error"), rs.getString("provider_response"),
					rs.getTimestamp("attempted_at").toInstant()))
			.list();
	}

	private static final String WHERE = """
			(cast(:channel as text) is null or channel = :channel)
			and (cast(:status as text) is null or status = :status)
			and (cast(:user as uuid) is null or user_id = :user)
			and (cast(:from as timestamptz) is null or created_at >= :from)
			and (cast(:to as timestamptz) is null or created_at < :to)""";

	private static java.util.Map<String, Object> params(Filter filter) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("channel", filter.channel() == null ? null : filter.channel().name());
		params.put("status", filter.status() == null ? null : filter.status().name());
		params.put("user", filter.userId());
		params.put("from", filter.from() == null ? null : Timestamp.from(filter.from()));
		params.put("to", filter.to() == null ? null : Timestamp.from(filter.to()));
		return params;
	}

	private static Delivery delivery(ResultSet rs, int row) throws SQLException {
		return new Delivery(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
				Channel.valueOf(rs.getString("channel")), rs.getString("address"), rs.getString("locale"),
				rs.getString("type"), rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"),
				rs.getString("dedupe_key"), DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				NotificationRows.instant(rs, "next_attempt_at"), rs.getString("last_error"),
				rs.getString("provider_response"), rs.getString("provider_id"),
				NotificationRows.instant(rs, "created_at"), NotificationRows.instant(rs, "sent_at"),
				rs.getObject("receipt_payment_id", UUID.class));
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
