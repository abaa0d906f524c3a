package com.shareyoursales.leads.notifications.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.shareyoursales.leads.notifications.NotificationProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Twilio's Messages API over plain HTTP ({@code POST {base}/2010-04-01/Accounts/{sid}/Messages.json}, form fields
 * To, From, Body, basic auth sid:token), so that the base URL can point at a test double or another provider with
 * the same API. 4xx answers (but 429) are permanent; 5xx, 429 and network errors are retried.
 */
@Component
class TwilioMessages {

	private final NotificationProperties.Twilio settings;

	private final JsonMapper json;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	TwilioMessages(NotificationProperties properties, JsonMapper json) {
		this.settings = properties.twilio();
		this.json = json;
	}

	NotificationProperties.Twilio settings() {
		return settings;
	}

	ChannelSender.Sent send(String from, String to, String body) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("To", to);
		form.put("From", from);
		form.put("Body", body);
		String credentials = Base64.getEncoder()
			.encodeToString((settings.accountSid() + ":" + settings.authToken()).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(settings.baseUrl() + "/2010-04-01/Accounts/"
					+ URLEncoder.encode(settings.accountSid(), StandardCharsets.UTF_8) + "/Messages.json"))
			.timeout(Duration.ofSeconds(20))
			.header("Authorization", "Basic " + credentials)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form)))
			.build();
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new ChannelSender.SendFailed("Twilio unreachable: " + ex.getMessage(), false, null, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ChannelSender.SendFailed("Interrupted", false, null, ex);
		}
		int status = response.statusCode();
		if (status >= 200 && status < 300) {
			return new ChannelSender.Sent(field(response.body(), "sid"), response.body());
		}
		boolean permanent = status >= 400 && status < 500 && status != 429;
		throw new ChannelSender.SendFailed("Twilio answered " + status + ": " + field(response.body(), "message"),
				permanent, response.body(), null);
	}

	private String field(String body, String name) {
		try {
			JsonNode node = json.readTree(body);
			return node.path(name).isMissingNode() ? null : node.path(name).asString();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
