package com.shareyoursales.leads.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.TestActors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApiDocumentationIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** npm writes 1000000.0 as 1000000: numbers compare by value. */
	static final Comparator<JsonNode> SAME_NUMBER = (a, b) -> a.isNumber() && b.isNumber()
			? a.decimalValue().compareTo(b.decimalValue()) : (a.equals(b) ? 0 : 1);

	@Autowired
	TestActors actors;

	@Test
	void documentsTheContractPathsWithMoneyAsStringsAndNoCurrentUserParameter() {
		Response docs = actors.api().get("/v3/api-docs", null);
		assertThat(docs.status()).isEqualTo(200);
		JsonNode paths = docs.json().path("paths");
		for (String path : new String[] { "/api/leads/create", "/api/leads/{id}/validate", "/api/leads/{id}/reject",
				"/api/leads/{id}", "/api/leads/merchant/my-leads", "/api/leads/campaign/{campaignId}",
				"/api/leads/influencer/my-leads", "/api/leads/deposits/create", "/api/leads/deposits/recharge",
				"/api/leads/deposits/balance", "/api/leads/deposits/transactions", "/api/leads/deposits/low-balance",
				"/api/leads/agreements/create", "/api/leads/agreements/merchant", "/api/leads/agreements/{id}/sign",
				"/api/auth/register", "/api/auth/login", "/api/campaigns" }) {
			assertThat(paths.has(path)).as(path).isTrue();
		}
		assertThat(docs.body()).doesNotContain("\"name\":\"user\"");
		JsonNode commission = docs.json().path("components").path("schemas").path("Lead").path("properties").path("commission");
		assertThat(commission.path("type").asString()).isEqualTo("string");
		assertThat(actors.api().get("/swagger-ui.html", null).status()).isIn(200, 302);
		assertThat(actors.api().get("/actuator/health", null).json().path("status").asString()).isEqualTo("UP");
		assertThat(actors.api().get("/actuator/prometheus", null).body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void servesTheDocumentTheWebAppClientIsGeneratedFrom() throws Exception {
		// given the snapshot that frontend/src/api/schema.d.ts is generated from
		JsonNode committed = JSON.readTree(Files.readString(Path.of("frontend/src/api/openapi.json")));

		// when
		JsonNode served = actors.api().get("/v3/api-docs", null).json();

		// then the paths and the schemas are the same (the `servers` entry only names the port)
		boolean same = committed.path("paths").equals(SAME_NUMBER, served.path("paths"))
				&& committed.path("components").equals(SAME_NUMBER, served.path("components"));
		if (!same) {
			Files.writeString(Path.of("target/openapi-served.json"),
					JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served));
		}
		assertThat(same).as("frontend/src/api/openapi.json differs from /v3/api-docs (saved in "
				+ "target/openapi-served.json): run `npm run api:refresh` in frontend/ against the running service")
			.isTrue();
	}

	@Test
	void marksResponseFieldsRequiredAndNullableOnesAsSuch() {
		JsonNode schemas = actors.api().get("/v3/api-docs", null).json().path("components").path("schemas");
		JsonNode lead = schemas.path("Lead");

		assertThat(lead.path("required").toString()).contains("\"id\"", "\"commission\"", "\"decidedAt\"");
		assertThat(lead.path("properties").path("decidedAt").path("oneOf").get(1).path("type").asString())
			.isEqualTo("null");
		assertThat(lead.path("properties").path("commission").has("oneOf")).isFalse();
		// a record that leaves its nulls out of the JSON keeps them optional; a request keeps its validation's
		assertThat(schemas.path("RechargeStarted").path("required").toString()).isEqualTo("[\"deposit\",\"payment\"]");
		assertThat(schemas.path("CreateLeadRequest").path("required").toString()).doesNotContain("customerEmail");
	}

}
