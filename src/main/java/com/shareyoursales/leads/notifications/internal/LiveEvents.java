package com.shareyoursales.leads.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes live events for users through PostgreSQL NOTIFY, so that every instance of the service (each
 * LISTENing, see {@link LiveListener}) pushes them to those users' open pages.
 * <p>
 * An event published inside a transaction is queued when that transaction commits (a rolled-back change is never
 * pushed) and sent by one background thread, in batches: one statement notifies everything queued within
 * {@value #LINGER_MILLIS} ms of the first. Why not NOTIFY in the caller's transaction: PostgreSQL serialises the
 * commits of notifying transactions on a global lock held through the commit's disk flush (PostgreSQL's async.c; not
 * measured here), and every lead submission and decision pushes something. A push is best effort, as it always was
 * (a page that was not connected misses it and reloads on reconnect): events still queued when the process dies are
 * lost; the notifications themselves are rows, committed with their cause.
 * <p>
 * A push whose data is a row that keeps changing (a deposit's balance) travels as a reference
 * ({@link #publishReference}): the instance that has the user's page open reads the row when it delivers it, so
 * nothing is read for the many pushes that reach no page, and the page gets the row as it is then.
 */
@Component
public class LiveEvents implements SmartLifecycle {

	static final String CHANNEL = "leads_live";

	/** How every payload begins: the user it is for comes first (see {@link #wire}). */
	static final String WIRE_PREFIX = "{\"u\":\"";

	/** PostgreSQL refuses payloads of 8000 bytes or more. */
	private static final int MAX_PAYLOAD_BYTES = 7900;

	private static final int MAX_BATCH = 500;

	/**
	 * Events that arrive within this time after the first share its statement: under load one NOTIFY transaction per
	 * ~50 ms instead of one per batch of leads committed (PERFORMANCE.md run 25), for a push 50 ms later at most.
	 */
	private static final long LINGER_MILLIS = 50;

	/** Beyond this many unsent events (the database unreachable for long), new ones are dropped and counted. */
	private static final int MAX_QUEUED = 100_000;

	private static final Logger log = LoggerFactory.getLogger(LiveEvents.class);

	/** One event to push: its data, or (reference set, data null) the id of the row its data is read from. */
	record Push(UUID userId, String event, Object data, UUID reference) {

		Push(UUID userId, String event, Object data) {
			this(userId, event, data, null);
		}
	}

	/** Of several queued under the same key (not null) at the moment they are sent, one is sent. */
	private record Queued(String key, Push push) {
	}

	private final BlockingQueue<Queued> queue = new LinkedBlockingQueue<>(MAX_QUEUED);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final Counter dropped;

	private volatile boolean running;

	private Thread sender;

	LiveEvents(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.json = json;
		this.transactions = new TransactionTemplate(transactions);
		this.dropped = Counter.builder("leads.live.dropped")
			.description("Live events dropped because too many were waiting to be sent")
			.register(meters);
	}

	/** Pushes {@code data} to the user's open pages once the current transaction (if any) commits. */
	public void publish(UUID userId, String event, Object data) {
		afterCommit(new Queued(null, new Push(userId, event, data)));
	}

	/**
	 * Pushes the row {@code reference} names to the user's open pages once the current transaction (if any) commits:
	 * the instance holding such a page reads it when it delivers the push ({@link LiveListener}), and several pushes of
	 * one row to one user queued at the same moment are sent once (a deposit's balance after many movements).
	 */
	public void publishReference(UUID userId, String event, UUID reference) {
		afterCommit(new Queued(event + ":" + reference + ":" + userId, new Push(userId, event, null, reference)));
	}

	private void afterCommit(Queued queued) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					enqueue(queued);
				}
			});
		}
		else {
			enqueue(queued);
		}
	}

	private void enqueue(Queued queued) {
		if (!queue.offer(queued)) {
			dropped.increment();
		}
	}

	private void send() {
		List<Queued> batch = new ArrayList<>();
		while (running || !queue.isEmpty()) {
			try {
				Queued first = queue.poll(1, TimeUnit.SECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				if (queue.size() < MAX_BATCH - 1) {
					Thread.sleep(LINGER_MILLIS);
				}
				queue.drainTo(batch, MAX_BATCH - 1);
				sendBatch(batch);
			}
			catch (InterruptedException ex) {
				if (!running) {
					queue.drainTo(batch);
					sendQuietly(batch);
					return;
				}
			}
			catch (RuntimeException ex) {
				log.warn("{} live events not sent: {}", batch.size(), ex.getMessage());
			}
			batch.clear();
		}
	}

	private void sendQuietly(List<Queued> batch) {
		try {
			sendBatch(batch);
		}
		catch (RuntimeException ex) {
			log.debug("Live events not sent at shutdown", ex);
		}
	}

	private void sendBatch(List<Queued> batch) {
		if (batch.isEmpty()) {
			return;
		}
		Map<Object, Queued> distinct = new LinkedHashMap<>();
		for (Queued queued : batch) {
			distinct.putIfAbsent(queued.key() == null ? new Object() : queued.key(), queued);
		}
		String[] payloads = distinct.values().stream().map(queued -> payload(queued.push())).toArray(String[]::new);
		transactions.executeWithoutResult(status -> jdbc
			.sql("select count(pg_notify(:channel, payload)) from unnest(cast(:payloads as text[])) payload")
			.param("channel", CHANNEL)
			.param("payloads", payloads)
			.query()
			.singleValue());
	}

	private String payload(Push push) {
		if (push.reference() != null) {
			return reference(push.userId(), json.writeValueAsString(push.event()), push.reference());
		}
		String payload = wire(push.userId(), json.writeValueAsString(push.event()), json.writeValueAsString(push.data()));
		if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
			// too large to travel: the page is told that something changed and reloads it
			payload = wire(push.userId(), json.writeValueAsString(push.event()), "{\"truncated\":true}");
		}
		return payload;
	}

	/**
	 * {"u":"<user id>","e":<event>,"d":<data>}, the user first and always in that form: every instance receives every
	 * push and {@link LiveListener} skips, before parsing, those for users with no page open on it.
	 */
	static String wire(UUID userId, String eventJson, String dataJson) {
		return WIRE_PREFIX + userId + "\",\"e\":" + eventJson + ",\"d\":" + dataJson + "}";
	}

	/** {"u":"<user id>","e":<event>,"r":"<row id>"}: the data is read by the instance that delivers it. */
	static String reference(UUID userId, String eventJson, UUID reference) {
		return WIRE_PREFIX + userId + "\",\"e\":" + eventJson + ",\"r\":\"" + reference + "\"}";
	}

	@Override
	public void start() {
		running = true;
		sender = new Thread(this::send, "live-events");
		sender.setDaemon(true);
		sender.start();
	}

	@Override
	public void stop() {
		running = false;
		if (sender != null) {
			sender.interrupt();
			try {
				sender.join(TimeUnit.SECONDS.toMillis(5));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stopped after the web server (a lower phase stops later), so that requests finishing meanwhile are pushed. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

}
