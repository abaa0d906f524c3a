package com.shareyoursales.leads.notifications.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Holds one database connection that LISTENs to the live channel and hands each event to this instance's open
 * streams, reading the data of those that travel as a reference ({@link LiveEvents#publishReference}) when one of
 * their user's pages is open here. Reconnects after a lost connection (events sent meanwhile are missed; pages reload
 * on reconnect).
 */
@Component
class LiveListener implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LiveListener.class);

	private final DataSource dataSource;

	private final LiveStreams streams;

	private final JsonMapper json;

	private final LiveUpdates updates;

	private volatile boolean running;

	private volatile Connection connection;

	private Thread thread;

	LiveListener(DataSource dataSource, LiveStreams streams, JsonMapper json, LiveUpdates updates) {
		this.dataSource = dataSource;
		this.streams = streams;
		this.json = json;
		this.updates = updates;
	}

	@Override
	public void start() {
		running = true;
		thread = new Thread(this::listen, "live-listener");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void stop() {
		running = false;
		closeConnection();
		if (thread != null) {
			thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void listen() {
		while (running) {
			try (Connection listening = dataSource.getConnection(); Statement statement = listening.createStatement()) {
				connection = listening;
				listening.setAutoCommit(true);
				statement.execute("LISTEN " + LiveEvents.CHANNEL);
				PGConnection pg = listening.unwrap(PGConnection.class);
				while (running) {
					PGNotification[] notifications = pg.getNotifications(5000);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							deliver(notification.getParameter());
						}
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (running) {
					log.warn("Live listener lost its connection, reconnecting: {}", ex.getMessage());
					pause();
				}
			}
			finally {
				connection = null;
			}
		}
	}

	private void deliver(String payload) {
		UUID addressee = addresseeOf(payload);
		if (addressee != null && !streams.isOpen(addressee)) {
			return; // most pushes are for users with no page open on this instance: not parsed
		}
		try {
			JsonNode event = json.readTree(payload);
			UUID user = UUID.fromString(event.path("u").asString());
			String name = event.path("e").asString();
			if (!event.has("r")) {
				streams.send(user, name, event.path("d").toString());
				return;
			}
			// a reference: the row is read now, only because a page of its user is open here
			updates.read(name, UUID.fromString(event.path("r").asString()), user)
				.ifPresent(data -> streams.send(user, name, json.writeValueAsString(data)));
		}
		catch (RuntimeException ex) {
			// unreadable, or the referenced row could not be read: the page catches up when it next reloads
			log.warn("Live event not delivered: {}", ex.getMessage());
		}
	}

	/** The user a push is for, read from its fixed prefix ({@link LiveEvents#wire}); null when it has another form. */
	static UUID addresseeOf(String payload) {
		int start = LiveEvents.WIRE_PREFIX.length();
		if (!payload.startsWith(LiveEvents.WIRE_PREFIX) || payload.length() < start + 36) {
			return null;
		}
		try {
			return UUID.fromString(payload.substring(start, start + 36));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private void closeConnection() {
		Connection current = connection;
		if (current != null) {
			try {
				current.close();
			}
			catch (SQLException ex) {
				log.debug("Closing the live connection", ex);
			}
		}
	}

	private void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
