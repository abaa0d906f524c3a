package com.shareyoursales.leads.identity;

import java.util.Map;

import com.shareyoursales.leads.support.ApiClient;
import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.TestActors;
import com.shareyoursales.leads.support.TestActors.Actor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.shareyoursales.leads.support.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuthIntegrationTests {

	@Autowired
	TestActors actors;

	@Test
	void registersLogsInAndReadsTheCurrentUserForEachRole() {
		// given
		Actor merchant = actors.merchant();
		Actor influencer = actors.influencer();
		Actor admin = actors.admin();

		// when / then
		ApiClient api = actors.api();
		Response me = api.get("/api/auth/me", merchant.token());
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().path("role").asString()).isEqualTo("MERCHANT");
		assertThat(me.json().path("phone").asString()).isEqualTo("+212612345678");
		assertThat(me.body()).doesNotContain("password");
		assertThat(api.get("/api/auth/me", influencer.token()).json().path("role").asString()).isEqualTo("INFLUENCER");
		assertThat(api.get("/api/auth/me", admin.token()).json().path("role").asString()).isEqualTo("ADMIN");
	}

	@Test
	void refusesADuplicateEmailWhateverItsCase() {
		Actor merchant = actors.merchant();
		Response again = actors.api().post("/api/auth/register", body("email", merchant.email().toUpperCase(),
				"password", "password-123", "role", "INFLUENCER", "displayName", "Copy"), null);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("DUPLICATE_EMAIL");
		assertThat(again.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void refusesInvalidSignUpsNamingTheField() {
		ApiClient api = actors.api();
		Response shortPassword = api.post("/api/auth/register", body("email", "x@test.ma", "password", "short",
				"role", "INFLUENCER", "displayName", "X"), null);
		assertThat(shortPassword.status()).isEqualTo(400);
		assertThat(shortPassword.json().path("errors").get(0).path("field").asString()).isEqualTo("password");

		Response admin = api.post("/api/auth/register", body("email", "y@test.ma", "password", "password-123",
				"role", "ADMIN", "displayName", "Y"), null);
		assertThat(admin.status()).isEqualTo(400);
		assertThat(admin.code()).isEqualTo("INVALID_ROLE");

		Response merchantWithoutCompany = api.post("/api/auth/register", body("email", "z@test.ma", "password",
				"password-123", "role", "MERCHANT", "displayName", "Z"), null);
		assertThat(merchantWithoutCompany.status()).isEqualTo(400);
		assertThat(merchantWithoutCompany.json().path("errors").get(0).path("field").asString())
			.isEqualTo("companyName");

		Response badPhone = api.post("/api/auth/register", body("email", "w@test.ma", "password", "password-123",
				"role", "INFLUENCER", "displayName", "W", "phone", "12"), null);
		assertThat(badPhone.status()).isEqualTo(400);
		assertThat(badPhone.code()).isEqualTo("INVALID_PHONE");

		Response unknownField = api.post("/api/auth/register", "{\"email\":\"v@test.ma\",\"isAdmin\":true}", null);
		assertThat(unknownField.status()).isEqualTo(400);
		assertThat(unknownField.code()).isEqualTo("UNKNOWN_FIELD");

		Response malformed = api.post("/api/auth/register", "{\"email\":", null);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.code()).isEqualTo("MALFORMED_REQUEST");
	}

	@Test
	void refusesAWrongPasswordAndThrottlesGuessing() {
		Actor merchant = actors.merchant();
		ApiClient api = actors.api();
		for (int attempt = 0; attempt < 5; attempt++) {
			Response wrong = api.post("/api/auth/login", Map.of("email", merchant.email(), "password", "wrong-guess"),
					null);
			assertThat(wrong.status()).isEqualTo(401);
			assertThat(wrong.code()).isEqualTo("INVALID_CREDENTIALS");
		}
		Response throttled = api.post("/api/auth/login",
				Map.of("email", merchant.email(), "password", "password-123"), null);
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.code()).isEqualTo("TOO_MANY_ATTEMPTS");
		assertThat(Long.parseLong(throttled.header("Retry-After"))).isPositive();
	}

	@Test
	void aSignedInUserCanLogInAgain() {
		Actor merchant = actors.merchant();

		Response again = actors.api().post("/api/auth/login",
				Map.of("email", merchant.email(), "password", "password-123"), merchant.token());

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().path("accessToken").asString()).isNotBlank();
	}

	@Test
	void refusesRequestsWithoutOrWithAForgedToken() {
		ApiClient api = actors.api();
		Response anonymous = api.get("/api/auth/me", null);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.code()).isEqualTo("UNAUTHORIZED");
		Response forged = api.get("/api/auth/me",
				"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAiLCJyb2xlIjoiQURNSU4ifQ.c2lnbmF0dXJl");
		assertThat(forged.status()).isEqualTo(401);
	}

	@Test
	void remembersTheLanguageOfEachUser() {
		Actor influencer = actors.influencer();
		Response changed = actors.api().put("/api/auth/me/locale", Map.of("locale", "ar"), influencer.token());
		assertThat(changed.status()).isEqualTo(200);
		assertThat(actors.api().get("/api/auth/me", influencer.token()).json().path("locale").asString()).isEqualTo("ar");
		assertThat(actors.api().put("/api/auth/me/locale", Map.of("locale", "de"), influencer.token()).status())
			.isEqualTo(400);
	}

	@Test
	void listsInfluencersOnlyToMerchantsAndAdmins() {
		Actor influencer = actors.influencer();
		Actor merchant = actors.merchant();
		assertThat(actors.api().get("/api/influencers", merchant.token()).json().toString())
			.contains(influencer.id().toString());
		assertThat(actors.api().get("/api/influencers", influencer.token()).status()).isEqualTo(403);
	}

}
