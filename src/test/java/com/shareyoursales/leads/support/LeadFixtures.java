package com.shareyoursales.leads.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.TestActors.Actor;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.shareyoursales.leads.support.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds the world a lead needs — a merchant with a funded deposit, an active campaign, an influencer with a
 * signed agreement — through the real API, and checks the ledger invariants afterwards.
 */
@TestComponent
public class LeadFixtures {

	private static final AtomicLong PHONES = new AtomicLong(10_000_000);

	private final TestActors actors;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	LeadFixtures(TestActors actors, JdbcClient jdbc, TransactionTemplate transactions) {
		this.actors = actors;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	public record World(Actor merchant, Actor influencer, UUID campaignId, UUID depositId) {
	}

	/** A merchant whose deposit holds {@code deposit} MAD, a campaign, and an influencer who signed an agreement. */
	public World world(String deposit) {
		Actor merchant = actors.merchant();
		Actor influencer = actors.influencer();
		UUID campaign = campaign(merchant);
		UUID depositId = fund(merchant, null, deposit);
		signAgreement(merchant, influencer, null);
		return new World(merchant, influencer, campaign, depositId);
	}

	public UUID campaign(Actor merchant) {
		Response created = actors.api().post("/api/campaigns",
				body("name", "Campagne", "description", "Soins", "city", "Casablanca"), merchant.token());
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return UUID.fromString(created.json().path("id").asString());
	}

	public void signAgreement(Actor merchant, Actor influencer, Map<String, String> override) {
		Map<String, Object> proposal = new LinkedHashMap<>();
		proposal.put("influencerId", influencer.id());
		proposal.put("terms", "Commission par lead validé.");
		proposal.put("validFrom", LocalDate.now().minusDays(1).toString());
		proposal.put("validTo", LocalDate.now().plusYears(1).toString());
		if (override != null) {
			proposal.put("commissionOverride", override);
		}
		Response proposed = actors.api().post("/api/leads/agreements/create", proposal, merchant.token());
		assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
		Response signed = actors.api()
			.put("/api/leads/agreements/" + proposed.json().path("id").asString() + "/sign", null, influencer.token());
		assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
	}

	/**
	 * Funds (or opens and funds) a deposit as a confirmed payment would: a SUCCEEDED payment and its CREDIT through
	 * the ledger function. The payments module's own tests cover the HTTP path of a payment.
	 */
	public UUID fund(Actor merchant, UUID campaignId, String amount) {
		return transactions.execute(status -> {
			UUID deposit = jdbc.sql("select id from company_deposits where merchant_id = :m and campaign_id is not distinct from :c")
				.param("m", merchant.id())
				.param("c", campaignId)
				.query(UUID.class)
				.optional()
				.orElseGet(() -> jdbc.sql("insert into company_deposits (merchant_id, campaign_id) values (:m, :c) returning id")
					.param("m", merchant.id())
					.param("c", campaignId)
					.query(UUID.class)
					.single());
			UUID payment = jdbc.sql("""
					insert into payments (merchant_id, deposit_id, method, amount, status, external_key, succeeded_at)
					values (:m, :d, 'BANK_TRANSFER', :a, 'SUCCEEDED', :k, now()) returning id""")
				.param("m", merchant.id())
				.param("d", deposit)
				.param("a", new BigDecimal(amount))
				.param("k", "test-" + UUID.randomUUID())
				.query(UUID.class)
				.single();
			String outcome = jdbc.sql("select outcome from recharge_deposit(:d, :p, :a, null)")
				.param("d", deposit)
				.param("p", payment)
				.param("a", new BigDecimal(amount))
				.query(String.class)
				.single();
			assertThat(outcome).isEqualTo("OK");
			return deposit;
		});
	}

	public static String newPhone() {
		return "06" + PHONES.incrementAndGet();
	}

	public Map<String, Object> lead(UUID campaignId, String serviceValue) {
		return body("campaignId", campaignId, "customerName", "Fatima Zahra", "customerPhone", newPhone(),
				"customerEmail", "client@example.ma", "city", "Rabat", "serviceValue", serviceValue, "source",
				"INSTAGRAM", "notes", "Intéressée", "consent", true);
	}

	public Response submit(World world, String serviceValue) {
		return actors.api().post("/api/leads/create", lead(world.campaignId(), serviceValue), world.influencer().token());
	}

	public UUID submitted(World world, String serviceValue) {
		Response response = submit(world, serviceValue);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return UUID.fromString(response.json().path("id").asString());
	}

	/** Every deposit's stored balance and reserved equal the replay of its ledger and its pending commissions. */
	public void assertLedgerReplays() {
		List<Map<String, Object>> mismatches = transactions
			.execute(status -> jdbc.sql("select * from ledger_replay_mismatches").query().listOfRows());
		assertThat(mismatches).as("ledger replay mismatches").isEmpty();
	}

	/** The first column of a query's rows, read as SYSTEM (a test thread has no signed-in user): row security hides nothing. */
	public <T> List<T> column(String sql, Map<String, ?> parameters, Class<T> type) {
		return transactions.execute(status -> jdbc.sql(sql).params(parameters).query(type).list());
	}

	public Map<String, Object> depositRow(UUID depositId) {
		return transactions.execute(status -> jdbc.sql("select * from merchant_deposit_balances where deposit_id = :d")
			.param("d", depositId)
			.query()
			.singleRow());
	}

	public List<Map<String, Object>> ledger(UUID depositId) {
		return transactions.execute(status -> jdbc.sql("select * from deposit_transactions where deposit_id = :d order by id")
			.param("d", depositId)
			.query()
			.listOfRows());
	}


	/** A full campaign settings body with the SPEC defaults, the given expiry rule and hours. */
	public static Map<String, Object> settings(String onExpiry, int expiryHours) {
		return body("commissionThreshold", "800.00", "commissionRate", "10.00", "commissionFlat", "80.00",
				"expiryHours", expiryHours, "onExpiry", onExpiry, "capPerInfluencerPerDay", null, "capTotal", null,
				"requiresAgreement", true, "duplicateWindowDays", 30, "minServiceValue", null);
	}

}
