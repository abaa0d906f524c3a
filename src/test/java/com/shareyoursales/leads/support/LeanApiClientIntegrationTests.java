package com.shareyoursales.leads.support;

import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.TestActors.Actor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static com.shareyoursales.leads.support.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's hand-written HTTP/1.1 client gets, over one connection, the answers java.net.http gets. */
@IntegrationTest
class LeanApiClientIntegrationTests {

	@Autowired
	TestActors actors;

	@Autowired
	Environment environment;

	@Test
	void answersAsJavaNetHttpDoesOverOneKeptAliveConnection() {
		Actor merchant = actors.merchant();
		ApiClient lean = new LeanApiClient("http://localhost:" + environment.getProperty("local.server.port"));
		ApiClient jdk = actors.api();

		// a JSON answer, a refusal as problem+json, a streamed CSV, and JSON again on the same connection
		for (String path : new String[] { "/api/auth/me", "/api/leads/nothing-here", "/api/leads/merchant/export.csv",
				"/api/auth/me" }) {
			Response expected = jdk.get(path, merchant.token());
			Response actual = lean.get(path, merchant.token());
			assertThat(actual.status()).as(path).isEqualTo(expected.status());
			assertThat(actual.body()).as(path).isEqualTo(expected.body());
			assertThat(actual.header("Content-Type")).as(path).isEqualTo(expected.header("Content-Type"));
		}
		Response refused = lean.post("/api/auth/login", body("email", merchant.email(), "password", "wrong"), null);
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.json().path("code").asString()).isNotBlank();
	}

}
