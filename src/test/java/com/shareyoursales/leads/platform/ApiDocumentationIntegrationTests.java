package com.shareyoursales.leads.platform;

import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.TestActors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApiDocumentationIntegrationTests {

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

}
