package com.shareyoursales.leads.notifications;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A Server-Sent Events client on java.net.http: streams the response and splits it into events. */
final class SseClient implements AutoCloseable {

	record Event(String name, String data) {
	}

	private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

	private final java.util.List<Event> received = new java.util.ArrayList<>();

	private final HttpResponse<Stream<String>> response;

	private final Thread reader;

	private SseClient(HttpResponse<Stream<String>> response) {
		this.response = response;
		this.reader = new Thread(this::read, "sse-test-client");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	/** Opens the stream the way a browser's EventSource does: the token in the query. */
	static SseClient open(String url) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").build();
		HttpResponse<Stream<String>> response = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.build()
			.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
			.get(10, TimeUnit.SECONDS);
		return new SseClient(response);
	}

	int status() {
		return response.statusCode();
	}

	/** The first event with this name not taken yet (others stay for later calls), or null when none came in time. */
	Event next(String name, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			for (Event event : received) {
				if (event.name().equals(name)) {
					received.remove(event);
					return event;
				}
			}
			long left = deadline - System.nanoTime();
			Event event = events.poll(Math.max(left, 0), TimeUnit.NANOSECONDS);
			if (event == null) {
				return null;
			}
			received.add(event);
		}
	}

	private void read() {
		String name = "message";
		StringBuilder data = new StringBuilder();
		try (Stream<String> lines = response.body()) {
			for (String line : (Iterable<String>) lines::iterator) {
				if (line.isEmpty()) {
					if (data.length() > 0) {
						events.add(new Event(name, data.toString()));
					}
					name = "message";
					data.setLength(0);
				}
				else if (line.startsWith("event:")) {
					name = line.substring(6).trim();
				}
				else if (line.startsWith("data:")) {
					data.append(line.substring(5).trim());
				}
			}
		}
		catch (RuntimeException ex) {
			// the stream was closed
		}
	}

	@Override
	public void close() {
		reader.interrupt();
		response.body().close();
	}

}
