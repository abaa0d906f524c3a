package com.shareyoursales.leads.platform;

import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.TestActors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@IntegrationTest
class WebAppRoutesIntegrationTests {

	@Autowired
	TestActors actors;

	@Test
	void deepLinksLoadTheWebAppWhileTheApiKeepsItsOwnAnswers() {
		assumeTrue(getClass().getResource("/static/index.html") != null, "the web app was built (not -Dskip.frontend)");
		Response deepLink = actors.api().get("/merchant/leads", null);
		assertThat(deepLink.status()).isEqualTo(200);
		assertThat(deepLink.body()).contains("<div id=\"root\"");
		assertThat(actors.api().get("/api/unknown", null).status()).isEqualTo(401);
		assertThat(actors.api().get("/missing.js", null).status()).isEqualTo(404);
		assertThat(actors.api().get("/assets/missing.js", null).status()).isEqualTo(404);
		assertThat(actors.api().get("/payments/return?paymentId=x&outcome=success", null).body()).contains("<div id=\"root\"");
	}

}
