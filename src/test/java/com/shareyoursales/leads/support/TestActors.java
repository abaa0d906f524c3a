package com.shareyoursales.leads.support;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.shareyoursales.leads.support.ApiClient.Response;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

import static com.shareyoursales.leads.support.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

/** Signs up and logs in people through the real API, so tests act as each role with real tokens. */
@TestComponent
public class TestActors {

	public record Actor(UUID id, String email, String token) {
	}

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final Environment environment;

	private final String adminEmail;

	private final String adminPassword;

	private Actor admin;

	TestActors(Environment environment, @Value("${leads.admin.email}") String adminEmail,
			@Value("${leads.admin.password}") String adminPassword) {
		this.environment = environment;
		this.adminEmail = adminEmail;
		this.adminPassword = adminPassword;
	}

	private ApiClient api;

	/** One client (one connection pool) for all tests of the context. */
	public synchronized ApiClient api() {
		if (api == null) {
			api = new ApiClient("http://localhost:" + environment.getProperty("local.server.port"));
		}
		return api;
	}

	public Actor merchant() {
		return signUp("MERCHANT", "fr");
	}

	public Actor influencer() {
		return signUp("INFLUENCER", "fr");
	}

	public Actor signUp(String role, String locale) {
		String email = role.toLowerCase() + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID() + "@test.ma";
		Response created = api().post("/api/auth/register", body("email", email, "password", "password-123", "role",
				role, "displayName", role + " " + SEQUENCE.get(), "phone", "0612345678", "locale", locale,
				"companyName", "MERCHANT".equals(role) ? "Clinique " + SEQUENCE.get() : null), null);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return login(email, "password-123");
	}

	public synchronized Actor admin() {
		if (admin == null) {
			admin = login(adminEmail, adminPassword);
		}
		return admin;
	}

	public Actor login(String email, String password) {
		Response login = api().post("/api/auth/login", Map.of("email", email, "password", password), null);
		assertThat(login.status()).as(login.toString()).isEqualTo(200);
		return new Actor(UUID.fromString(login.json().path("user").path("id").asString()), email,
				login.json().path("accessToken").asString());
	}

}
