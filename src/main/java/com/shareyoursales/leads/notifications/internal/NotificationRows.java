package com.shareyoursales.leads.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.shareyoursales.leads.notifications.Notification;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code notifications} table: each user's dashboard feed. */
@Repository
public class NotificationRows {

	private static final String COLUMNS = "id, type, title, body, data::text as data, read_at, created_at";

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	NotificationRows(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public List<Notification> page(UUID userId, int page, int size) {
		return jdbc.sql("""
				select %s from notifications where user_id = :user
				 order by (read_at is null) desc, created_at desc, id
				 limit :size offset :offset""".formatted(COLUMNS))
			.param("user", userId)
			.param("size", size)
			.param("offset", (long) page * size)
			.query(this::notification)
			.list();
	}

	public long count(UUID userId) {
		return jdbc.sql("select count(*) from notifications where user_id = :user")
			.param("user", userId)
			.query(Long.class)
			.single();
	}

	public long unread(UUID userId) {
		return jdbc.sql("select count(*) from notifications where user_id = :user and read_at is null")
			.param("user", userId)
			.query(Long.class)
			.single();
	}

	/** Marks one of the user's notifications read (kept as first read); empty when it is not the user's. */
	public Optional<Notification> markRead(UUID userId, UUID id, Instant at) {
		return jdbc.sql("""
				update notifications set read_at = coalesce(read_at, :at)
				 where id = :id and user_id = :user
				returning %s""".formatted(COLUMNS))
			.param("at", java.sql.Timestamp.from(at))
			.param("id", id)
			.param("user", userId)
			.query(this::notification)
			.optional();
	}

	public int markAllRead(UUID userId, Instant at) {
		return jdbc.sql("update notifications set read_at = :at where user_id = :user and read_at is null")
			.param("at", java.sql.Timestamp.from(at))
			.param("user", userId)
			.update();
	}

	private Notification notification(ResultSet rs, int row) throws SQLException {
		return new Notification(rs.getObject("id", UUID.class), rs.getString("type"), rs.getString("title"),
				rs.getString("body"), json.readValue(rs.getString("data"), MAP), instant(rs, "read_at"),
				instant(rs, "created_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		java.sql.Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
