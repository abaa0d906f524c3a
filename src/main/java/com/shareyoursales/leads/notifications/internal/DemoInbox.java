package com.shareyoursales.leads.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.jspecify.annotations.Nullable;

/** The {@code demo} profile's mailbox: e-mails are stored for admins to read instead of being sent. */
@Repository
public class DemoInbox {

	public record InboxMessage(long id, UUID deliveryId, String recipient, String subject, String bodyText,
			@Nullable String bodyHtml, Instant receivedAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoInbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long store(Delivery delivery) {
		return jdbc.sql("""
				insert into demo_inbox (delivery_id, recipient, subject, body_text, body_html, received_at)
				values (:delivery, :recipient, :subject, :text, :html, :at)
				on conflict (delivery_id) do update set received_at = demo_inbox.received_at
				returning id""")
			.param("delivery", delivery.id())
			.param("recipient", delivery.address())
			.param("subject", delivery.subject())
			.param("text", delivery.bodyText())
			.param("html", delivery.bodyHtml())
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	public List<InboxMessage> latest(String recipient, int page, int size) {
		return jdbc.sql("""
				select id, delivery_id, recipient, subject, body_text, body_html, received_at from demo_inbox
				 where cast(:recipient as text) is null or lower(recipient) = lower(:recipient)
				 order by id desc limit :size offset :offset""")
			.param("recipient", recipient)
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> new InboxMessage(rs.getLong("id"), rs.getObject("delivery_id", UUID.class),
					rs.getString("recipient"), rs.getString("subject"), rs.getString("body_text"),
					rs.getString("body_html"), rs.getTimestamp("received_at").toInstant()))
			.list();
	}

}
