package com.shareyoursales.leads.notifications.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The Server-Sent Events streams open on this instance, by user. Events arrive from {@link LiveListener}; a comment
 * every ~20 s keeps proxies from closing idle streams and finds the closed ones. On shutdown the streams are
 * completed first, so that a graceful shutdown does not wait for them (browsers reconnect to another instance).
 */
@Component
public class LiveStreams implements SmartLifecycle {

	private static final Duration TIMEOUT = Duration.ofMinutes(30);

	private final Map<UUID, Set<SseEmitter>> streams = new ConcurrentHashMap<>();

	private volatile boolean running;

	public SseEmitter open(UUID userId) {
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		streams.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(emitter);
		Runnable remove = () -> remove(userId, emitter);
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError(error -> remove.run());
		// a first comment sends the headers at once, so the client knows the stream is open
		sendOrDrop(userId, emitter, SseEmitter.event().comment("connected").reconnectTime(3000));
		return emitter;
	}

	boolean isOpen(UUID userId) {
		Set<SseEmitter> open = streams.get(userId);
		return open != null && !open.isEmpty();
	}

	void send(UUID userId, String event, String json) {
		Set<SseEmitter> open = streams.get(userId);
		if (open != null) {
			open.forEach(emitter -> sendOrDrop(userId, emitter,
					SseEmitter.event().name(event).data(json, MediaType.APPLICATION_JSON)));
		}
	}

	@Scheduled(fixedDelayString = "${leads.notifications.keep-alive:PT20S}")
	void keepAlive() {
		streams.forEach((userId, open) -> open
			.forEach(emitter -> sendOrDrop(userId, emitter, SseEmitter.event().comment("keep-alive"))));
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		running = false;
		streams.values().forEach(open -> open.forEach(SseEmitter::complete));
		streams.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	public int openStreams() {
		return streams.values().stream().mapToInt(Set::size).sum();
	}

	/**
	 * Sends on one stream; a stream whose page has gone (a write fails, or it already completed) is dropped, and the
	 * user's other streams still get the event. Not completed with the error: the container has already ended that
	 * request, or ends it on its own after a failed write (an error dispatch now would only try to write a problem
	 * document into an event stream, and throw when the request is gone).
	 */
	private void sendOrDrop(UUID userId, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
		try {
			synchronized (emitter) {
				emitter.send(event);
			}
		}
		catch (IOException | RuntimeException ex) {
			remove(userId, emitter);
		}
	}

	private void remove(UUID userId, SseEmitter emitter) {
		streams.computeIfPresent(userId, (id, open) -> {
			open.remove(emitter);
			return open.isEmpty() ? null : open;
		});
	}

}
