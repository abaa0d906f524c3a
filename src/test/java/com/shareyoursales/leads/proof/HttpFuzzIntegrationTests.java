package com.shareyoursales.leads.proof;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.LeadFixtures;
import com.shareyoursales.leads.support.LeadFixtures.World;
import com.shareyoursales.leads.support.TestActors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends every operation of the OpenAPI document hostile input as each role and anonymously, and checks that the
 * service never answers 5xx, that every refusal is problem+json with a code, and that a refused request stored
 * nothing (row counts and money columns of every table unchanged). Bounded: a seeded sample of the hostile values
 * per field, so the pass takes a minute or two and a failure reproduces.
 */
@IntegrationTest
class HttpFuzzIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int VALUES_PER_FIELD = 4;

	@Autowired
	TestActors actors;

	@Autowired
	LeadFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private DatabaseSnapshot snapshots;

	private final Random random = new Random(20261124);

	private World own;

	private World other;

	private Map<String, String> ownIds;

	private Map<String, String> otherIds;

	private final List<String> failures = new ArrayList<>();

	private int requests;

	@Test
	void hostileInputNeverCausesA5xxNorStoresAnythingWhenRefused() {
		// given two merchants' worlds, each with a pending lead, and the OpenAPI document
		snapshots = new DatabaseSnapshot(jdbc, transactions);
		own = fixtures.world("5000.00");
		other = fixtures.world("5000.00");
		ownIds = ids(own);
		otherIds = ids(other);
		JsonNode api = actors.api().get("/v3/api-docs", null).json();
		Map<String, String> roles = new LinkedHashMap<>();
		roles.put("admin", actors.admin().token());
		roles.put("merchant", own.merchant().token());
		roles.put("influencer", own.influencer().token());
		roles.put("anonymous", null);
		snapshots.settleAndTake();

		// when every operation gets hostile input as every role
		int operations = 0;
		for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").properties().iterator(); paths.hasNext();) {
			Map.Entry<String, JsonNode> path = paths.next();
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				if (path.getKey().contains("/stream")) {
					continue; // a server-sent event stream never ends; the notifications tests cover it
				}
				operations++;
				roles.forEach((role, token) -> fuzz(path.getKey(), operation.getKey().toUpperCase(),
						operation.getValue(), api, role, token));
			}
		}

		// then
		assertThat(operations).as("operations in the OpenAPI document").isGreaterThan(20);
		assertThat(requests).isGreaterThan(1000);
		assertThat(failures).as("%d of %d requests misbehaved", failures.size(), requests).isEmpty();
		fixtures.assertLedgerReplays();
	}

	private void fuzz(String template, String method, JsonNode operation, JsonNode api, String role, String token) {
		List<JsonNode> pathParams = new ArrayList<>();
		List<JsonNode> queryParams = new ArrayList<>();
		operation.path("parameters").forEach(parameter -> {
			if ("path".equals(parameter.path("in").asString())) {
				pathParams.add(parameter);
			}
			else if ("query".equals(parameter.path("in").asString())) {
				queryParams.add(parameter);
			}
		});
		JsonNode bodySchema = resolve(api, operation.path("requestBody").path("content").path("application/json").path("schema"));
		String ownPath = fill(template, name -> idFor(template, name, ownIds));
		Object baseBody = bodySchema.isMissingNode() ? null : example(api, bodySchema, "", 0);
		boolean anonymous = token == null;

		// path parameters: another merchant's ids, unknown and malformed ones
		for (String value : sample(List.of("OTHER", UUID.randomUUID().toString(), "not-a-uuid", "1' or '1'='1",
				"%00", "٣٤٥", "..%2F..%2Fetc%2Fpasswd", "%F0%9F%98%80"), anonymous ? 2 : pathParams.isEmpty() ? 0 : 4)) {
			String encoded = value.contains("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
			String path = fill(template, name -> "OTHER".equals(value) ? idFor(template, name, otherIds) : encoded);
			send(method, path, baseBody, token, role);
		}
		send(method, ownPath, baseBody, token, role);
		if (anonymous) {
			send(method, ownPath, "{\"a\":", null, role);
			return;
		}
		// query parameters
		for (JsonNode parameter : queryParams) {
			for (String value : sample(List.of("-1", "0", "abc", "99999999999999999999", "1e400", "NaN", "2026-13-45",
					"id;drop table leads", "' or 1=1--", "<script>alert(1)</script>", "مرحبا", "\u202Eevil", "😀",
					"%00", "x".repeat(5000), "createdAt,sideways"), 2)) {
				String separator = ownPath.contains("?") ? "&" : "?";
				send(method, ownPath + separator + parameter.path("name").asString() + "="
						+ URLEncoder.encode(value, StandardCharsets.UTF_8), baseBody, token, role);
			}
		}
		if (bodySchema.isMissingNode()) {
			return;
		}
		// the body as a whole
		for (String raw : List.of("{\"a\":", "not json", "[]", "null", "\"text\"", "", "{}", "{\"customerName\":\"\u0000\"}")) {
			send(method, ownPath, raw, token, role);
		}
		if (baseBody instanceof Map<?, ?> map) {
			Map<String, Object> extra = new LinkedHashMap<>(cast(map));
			extra.put("unexpectedField", "x");
			send(method, ownPath, extra, token, role);
			for (String field : cast(map).keySet()) {
				Map<String, Object> missing = new LinkedHashMap<>(cast(map));
				missing.remove(field);
				send(method, ownPath, missing, token, role);
				for (Object hostile : sample(hostileValues(), VALUES_PER_FIELD)) {
					Map<String, Object> mutated = new LinkedHashMap<>(cast(map));
					mutated.put(field, hostile);
					send(method, ownPath, mutated, token, role);
				}
			}
		}
	}

	private List<Object> hostileValues() {
		List<Object> values = new ArrayList<>(List.of(123, "abc", true, Map.of("nested", 1), List.of(1, 2),
				"x".repeat(100_000), Collections.nCopies(10_000, otherIds.get("lead")), "-1.00", "0", "0.00", "NaN",
				"Infinity", "1e3", "1E+400", "10.001", -0.01, 1e308, "99999999999999.99", "مرحبا بكم في الدار البيضاء",
				"😀🔥💸", "\u202Eevil\u202C", "a\u0000b", "'; drop table leads; --", "<script>alert(1)</script>",
				"=HYPERLINK(\"http://evil\")", "+SUM(1+1)", otherIds.get("lead"), otherIds.get("campaign"),
				otherIds.get("merchant"), otherIds.get("deposit"), "2026-02-30", ""));
		values.add(null);
		return values;
	}

	private void send(String method, String path, Object body, String token, String role) {
		requests++;
		Response response;
		try {
			response = actors.api().send(method, path, body, token, Map.of());
		}
		catch (RuntimeException ex) {
			failures.add(role + " " + method + " " + path + ": no answer (" + ex.getMessage() + ")");
			return;
		}
		String what = role + " " + method + " " + path + " " + abbreviate(body) + " -> " + abbreviate(response.toString());
		if (response.status() >= 500) {
			failures.add("5xx: " + what);
		}
		else if (response.status() >= 400) {
			String type = String.valueOf(response.header("Content-Type"));
			if (!type.startsWith("application/problem+json") || !response.body().contains("\"code\"")) {
				failures.add("not problem+json with a code: " + what + " [" + type + "]");
			}
			String difference = snapshots.differenceFromLast();
			if (difference != null) {
				failures.add("refused but stored " + difference + ": " + what);
			}
		}
		else {
			snapshots.settleAndTake();
		}
	}

	private static String abbreviate(Object value) {
		String text = value == null ? "" : value instanceof String s ? s : JSON.writeValueAsString(value);
		return text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + ")" : text;
	}

	private <T> List<T> sample(List<T> values, int count) {
		List<T> copy = new ArrayList<>(values);
		Collections.shuffle(copy, random);
		return copy.subList(0, Math.min(count, copy.size()));
	}

	private static String fill(String template, Function<String, String> value) {
		String path = template;
		while (path.contains("{")) {
			int start = path.indexOf('{');
			int end = path.indexOf('}', start);
			path = path.substring(0, start) + value.apply(path.substring(start + 1, end)) + path.substring(end + 1);
		}
		return path;
	}

	/** The id a path parameter most likely wants, taken from one world. */
	private static String idFor(String template, String name, Map<String, String> ids) {
		if (name.equals("campaignId") || template.startsWith("/api/campaigns") || template.contains("/campaign/")) {
			return ids.get("campaign");
		}
		if (template.startsWith("/api/payments")) {
			return ids.get("payment");
		}
		if (template.contains("/agreements")) {
			return ids.get("agreement");
		}
		if (template.contains("/deposits") || template.contains("/forecast")) {
			return ids.get("deposit");
		}
		if (template.contains("/influencer/")) {
			return ids.get("influencer");
		}
		return ids.get("lead");
	}

	private Map<String, String> ids(World world) {
		String lead = fixtures.submitted(world, "500").toString();
		String agreement = actors.api().get("/api/leads/agreements/merchant", world.merchant().token()).json()
			.path("content").path(0).path("id").asString();
		if (agreement.isEmpty()) {
			agreement = actors.api().get("/api/leads/agreements/merchant", world.merchant().token()).json()
				.path(0).path("id").asString();
		}
		String payment = actors.api().post("/api/leads/deposits/recharge", Map.of("depositId", world.depositId(),
				"amount", "100.00", "method", "BANK_TRANSFER"), world.merchant().token()).json()
			.path("payment").path("id").asString();
		Map<String, String> ids = new LinkedHashMap<>();
		ids.put("payment", payment.isEmpty() ? UUID.randomUUID().toString() : payment);
		ids.put("lead", lead);
		ids.put("campaign", world.campaignId().toString());
		ids.put("deposit", world.depositId().toString());
		ids.put("merchant", world.merchant().id().toString());
		ids.put("influencer", world.influencer().id().toString());
		ids.put("agreement", agreement.isEmpty() ? UUID.randomUUID().toString() : agreement);
		return ids;
	}

	private static JsonNode resolve(JsonNode api, JsonNode schema) {
		if (schema.has("$ref")) {
			String name = schema.path("$ref").asString().replace("#/components/schemas/", "");
			return api.path("components").path("schemas").path(name);
		}
		return schema;
	}

	/** A plausible value for a schema, so that mutating one field at a time reaches the deeper checks. */
	private Object example(JsonNode api, JsonNode schema, String name, int depth) {
		JsonNode resolved = resolve(api, schema);
		if (resolved.has("enum")) {
			return resolved.path("enum").path(0).asString();
		}
		String type = resolved.path("type").asString();
		String format = resolved.path("format").asString();
		if (resolved.has("properties") || "object".equals(type)) {
			Map<String, Object> object = new LinkedHashMap<>();
			if (depth < 3) {
				resolved.path("properties").properties()
					.forEach(property -> object.put(property.getKey(),
							example(api, property.getValue(), property.getKey(), depth + 1)));
			}
			return object;
		}
		return switch (type) {
			case "array" -> List.of(example(api, resolved.path("items"), name, depth + 1));
			case "integer" -> 10;
			case "number" -> "10.00";
			case "boolean" -> true;
			default -> stringExample(name, format);
		};
	}

	private String stringExample(String name, String format) {
		if ("uuid".equals(format) || name.endsWith("Id") || name.equals("ids")) {
			if (name.startsWith("campaign")) {
				return ownIds.get("campaign");
			}
			if (name.startsWith("influencer")) {
				return ownIds.get("influencer");
			}
			if (name.startsWith("deposit")) {
				return ownIds.get("deposit");
			}
			return ownIds.get("lead");
		}
		if ("decimal".equals(format) || name.toLowerCase().contains("amount") || name.toLowerCase().contains("value")) {
			return "10.00";
		}
		if ("date".equals(format) || name.startsWith("valid")) {
			return LocalDate.now().toString();
		}
		if ("email".equals(format) || name.contains("mail")) {
			return "fuzz-" + UUID.randomUUID() + "@test.ma";
		}
		if (name.contains("hone")) {
			return LeadFixtures.newPhone();
		}
		if (name.equals("password")) {
			return "password-123";
		}
		if (name.equals("locale")) {
			return "fr";
		}
		return "Fuzz";
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Map<?, ?> map) {
		return (Map<String, Object>) map;
	}

}
