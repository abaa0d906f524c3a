package com.shareyoursales.leads.support;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.shareyoursales.leads.support.ApiClient.Response;

import static com.shareyoursales.leads.support.ApiClient.body;

/**
 * A realistic population built through a running service's API — merchants with a campaign and a funded deposit,
 * influencers with signed agreements — for load, crash and multi-instance proofs. Deposits are funded as a
 * confirmed bank transfer would be (a SUCCEEDED payment and its CREDIT through the ledger function).
 */
public final class Population {

	public record Influencer(UUID id, String token) {
	}

	public record Merchant(UUID id, String token, UUID campaignId, UUID depositId, List<Influencer> influencers) {
	}

	private final List<Merchant> merchants;

	private final String adminToken;

	private Population(List<Merchant> merchants, String adminToken) {
		this.merchants = merchants;
		this.adminToken = adminToken;
	}

	public List<Merchant> merchants() {
		return merchants;
	}

	public String adminToken() {
		return adminToken;
	}

	/**
	 * {@code merchantCount} merchants, {@code influencerCount} influencers; merchant i signs with influencers
	 * i mod n and (i + 1) mod n; every deposit holds {@code deposit} MAD.
	 */
	public static Population create(ServiceProcess service, int merchantCount, int influencerCount, String deposit)
			throws Exception {
		ApiClient api = service.api();
		String admin = login(api, ServiceProcess.ADMIN_EMAIL, ServiceProcess.ADMIN_PASSWORD)[1];
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Influencer>> influencerFutures = new ArrayList<>();
			for (int i = 0; i < influencerCount; i++) {
				influencerFutures.add(pool.submit(() -> {
					String[] login = signUp(api, "INFLUENCER");
					return new Influencer(UUID.fromString(login[0]), login[1]);
				}));
			}
			List<Influencer> influencers = new ArrayList<>();
			for (Future<Influencer> future : influencerFutures) {
				influencers.add(future.get());
			}
			List<Future<Merchant>> merchantFutures = new ArrayList<>();
			for (int i = 0; i < merchantCount; i++) {
				List<Influencer> partners = influencerCount == 1 ? List.of(influencers.get(0))
						: List.of(influencers.get(i % influencerCount), influencers.get((i + 1) % influencerCount));
				merchantFutures.add(pool.submit(() -> merchant(service, api, partners, deposit)));
			}
			List<Merchant> merchants = new ArrayList<>();
			for (Future<Merchant> future : merchantFutures) {
				merchants.add(future.get());
			}
			return new Population(merchants, admin);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static Merchant merchant(ServiceProcess service, ApiClient api, List<Influencer> partners, String deposit)
			throws SQLException {
		String[] login = signUp(api, "MERCHANT");
		UUID merchantId = UUID.fromString(login[0]);
		String token = login[1];
		Response campaign = expect(api.post("/api/campaigns",
				body("name", "Campagne", "description", "Soins dentaires", "city", "Casablanca"), token), 201);
		UUID campaignId = UUID.fromString(campaign.json().path("id").asString());
		for (Influencer partner : partners) {
			Map<String, Object> proposal = new LinkedHashMap<>();
			proposal.put("influencerId", partner.id());
			proposal.put("terms", "Commission par lead validé.");
			proposal.put("validFrom", LocalDate.now().minusDays(1).toString());
			proposal.put("validTo", LocalDate.now().plusYears(1).toString());
			Response proposed = expect(api.post("/api/leads/agreements/create", proposal, token), 201);
			expect(api.put("/api/leads/agreements/" + proposed.json().path("id").asString() + "/sign", null,
					partner.token()), 200);
		}
		UUID depositId = fund(service, merchantId, deposit);
		return new Merchant(merchantId, token, campaignId, depositId, partners);
	}

	/** Opens the merchant's general deposit and credits it for a succeeded bank transfer. */
	public static UUID fund(ServiceProcess service, UUID merchantId, String amount) throws SQLException {
		try (Connection db = service.superuser()) {
			UUID deposit = single(db, "insert into company_deposits (merchant_id) values (?) returning id", merchantId);
			UUID payment = single(db, """
					insert into payments (merchant_id, deposit_id, method, amount, status, external_key, succeeded_at)
					values (?, ?, 'BANK_TRANSFER', ?, 'SUCCEEDED', ?, now()) returning id""", merchantId, deposit,
					new BigDecimal(amount), "proof-" + UUID.randomUUID());
			String outcome = single(db, "select outcome from recharge_deposit(?, ?, ?, null)", deposit, payment,
					new BigDecimal(amount));
			if (!"OK".equals(outcome)) {
				throw new IllegalStateException("funding refused: " + outcome);
			}
			return deposit;
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T single(Connection db, String sql, Object... arguments) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < arguments.length; i++) {
				statement.setObject(i + 1, arguments[i]);
			}
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return (T) rs.getObject(1);
			}
		}
	}

	private static String[] signUp(ApiClient api, String role) {
		String email = role.toLowerCase() + "-" + UUID.randomUUID() + "@proof.ma";
		expect(api.post("/api/auth/register", body("email", email, "password", "password-123", "role", role,
				"displayName", role + " proof", "phone", "0612345678", "locale", "fr", "companyName",
				"MERCHANT".equals(role) ? "Clinique proof" : null), null), 201);
		return login(api, email, "password-123");
	}

	private static String[] login(ApiClient api, String email, String password) {
		Response login = expect(api.post("/api/auth/login", Map.of("email", email, "password", password), null), 200);
		return new String[] { login.json().path("user").path("id").asString(),
				login.json().path("accessToken").asString() };
	}

	private static Response expect(Response response, int status) {
		if (response.status() != status) {
			throw new IllegalStateException("expected " + status + ": " + response);
		}
		return response;
	}

}
