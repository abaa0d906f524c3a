package com.shareyoursales.leads.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests: real requests to the running service, JSON in and out. */
public class ApiClient {

	public record Response(int status, String body, Map<String, java.util.List<String>> headers) {

		public JsonNode json() {
			return MAPPER.readTree(body);
		}

		public String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(entry -> entry.getKey().equalsIgnoreCase(name))
				.map(entry -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		public String code() {
			return json().path("code").asString();
		}

		@Override
		public String toString() {
			return status + " " + body;
		}
	}

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** Built on first use: a subclass that sends its own way (LeanApiClient) never starts its selector thread. */
	private volatile HttpClient http;

	private final String baseUrl;

	public ApiClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public Response get(String path, String token) {
		return send("GET", path, null, token, Map.of());
	}

	public Response post(String path, Object body, String token) {
		return send("POST", path, body, token, Map.of());
	}

	public Response put(String path, Object body, String token) {
		return send("PUT", path, body, token, Map.of());
	}

	public Response send(String method, String path, Object body, String token, Map<String, String> headers) {
		String payload = body == null ? null : body instanceof String text ? text : MAPPER.writeValueAsString(body);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, payload == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(payload));
		if (payload != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = http().send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response.headers().map());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpClient http() {
		HttpClient client = http;
		if (client == null) {
			synchronized (this) {
				client = http;
				if (client == null) {
					client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
					http = client;
				}
			}
		}
		return client;
	}

	public static Map<String, Object> body(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
