package com.shareyoursales.leads.leads;

import java.util.Map;
import java.util.UUID;

import com.shareyoursales.leads.support.ApiClient;
import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.LeadFixtures;
import com.shareyoursales.leads.support.LeadFixtures.World;
import com.shareyoursales.leads.support.TestActors;
import com.shareyoursales.leads.support.TestActors.Actor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.shareyoursales.leads.support.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal rule of SPEC "Leads", in its order, with its code; a refused lead leaves no trace. */
@IntegrationTest
class LeadRefusalIntegrationTests {

	@Autowired
	TestActors actors;

	@Autowired
	LeadFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void refusesLeadsOnACampaignThatIsNotActive() {
		World world = fixtures.world("1000.00");
		actors.api().put("/api/campaigns/" + world.campaignId() + "/pause", null, world.merchant().token());

		assertRefused(world, fixtures.submit(world, "500"), 409, "CAMPAIGN_NOT_ACTIVE");

		actors.api().put("/api/campaigns/" + world.campaignId() + "/resume", null, world.merchant().token());
		assertThat(fixtures.submit(world, "500").status()).isEqualTo(201);
	}

	@Test
	void refusesAnInfluencerWithoutASignedCurrentAgreement() {
		World world = fixtures.world("1000.00");
		Actor stranger = actors.influencer();
		Response refused = actors.api().post("/api/leads/create", fixtures.lead(world.campaignId(), "500"),
				stranger.token());
		assertRefused(world, refused, 403, "AGREEMENT_REQUIRED");

		// a proposed but unsigned agreement is not enough either
		Response proposed = actors.api().post("/api/leads/agreements/create", body("influencerId", stranger.id(),
				"terms", "t", "validFrom", "2020-01-01", "validTo", "2099-01-01"), world.merchant().token());
		assertThat(proposed.status()).isEqualTo(201);
		assertThat(actors.api().post("/api/leads/create", fixtures.lead(world.campaignId(), "500"), stranger.token()).code())
			.isEqualTo("AGREEMENT_REQUIRED");
	}

	@Test
	void refusesTheSamePhoneToTheSameMerchantWithinThirtyDaysUnlessRejected() {
		World world = fixtures.world("1000.00");
		Map<String, Object> lead = fixtures.lead(world.campaignId(), "500");
		ApiClient api = actors.api();
		Response first = api.post("/api/leads/create", lead, world.influencer().token());
		assertThat(first.status()).isEqualTo(201);

		lead.put("customerPhone", "+212" + lead.get("customerPhone").toString().substring(1));
		assertRefused(world, api.post("/api/leads/create", lead, world.influencer().token()), 409, "DUPLICATE_LEAD");

		api.put("/api/leads/" + first.json().path("id").asString() + "/reject", body("reason", "NOT_INTERESTED"),
				world.merchant().token());
		assertThat(api.post("/api/leads/create", lead, world.influencer().token()).status()).isEqualTo(201);
	}

	@Test
	void refusesLeadsBeyondTheCampaignCaps() {
		World world = fixtures.world("1000.00");
		Map<String, Object> settings = LeadFixtures.settings("EXPIRE", 72);
		settings.put("capPerInfluencerPerDay", 2);
		settings.put("capTotal", 3);
		assertThat(actors.api().put("/api/campaigns/" + world.campaignId() + "/settings", settings,
				world.merchant().token()).status()).isEqualTo(200);
		fixtures.submitted(world, "100");
		fixtures.submitted(world, "100");
		assertRefused(world, fixtures.submit(world, "100"), 409, "CAP_REACHED");

		Actor second = actors.influencer();
		fixtures.signAgreement(world.merchant(), second, null);
		assertThat(actors.api().post("/api/leads/create", fixtures.lead(world.campaignId(), "100"), second.token()).status())
			.isEqualTo(201);
		assertThat(actors.api().post("/api/leads/create", fixtures.lead(world.campaignId(), "100"), second.token()).code())
			.isEqualTo("CAP_REACHED");
	}

	@Test
	void refusesLeadsOnADepletedDeposit() {
		World world = fixtures.world("50.00");
		fixtures.submitted(world, "500");
		assertRefused(world, fixtures.submit(world, "500"), 409, "DEPOSIT_DEPLETED");

		Actor unfunded = actors.merchant();
		Actor influencer = actors.influencer();
		UUID campaign = fixtures.campaign(unfunded);
		fixtures.signAgreement(unfunded, influencer, null);
		assertThat(actors.api().post("/api/leads/create", fixtures.lead(campaign, "500"), influencer.token()).code())
			.isEqualTo("DEPOSIT_DEPLETED");
	}

	@Test
	void refusesALeadWhoseCommissionExceedsTheAvailableAmount() {
		World world = fixtures.world("79.99");
		assertRefused(world, fixtures.submit(world, "1500"), 409, "INSUFFICIENT_DEPOSIT");
		assertThat(fixtures.submit(world, "799.90").json().path("commission").asString()).isEqualTo("79.99");
	}

	@Test
	void appliesTheRulesInTheSpecOrder() {
		// no agreement AND paused -> CAMPAIGN_NOT_ACTIVE first
		World world = fixtures.world("50.00");
		Actor stranger = actors.influencer();
		actors.api().put("/api/campaigns/" + world.campaignId() + "/pause", null, world.merchant().token());
		assertThat(actors.api().post("/api/leads/create", fixtures.lead(world.campaignId(), "500"), stranger.token()).code())
			.isEqualTo("CAMPAIGN_NOT_ACTIVE");
		actors.api().put("/api/campaigns/" + world.campaignId() + "/resume", null, world.merchant().token());

		// a duplicate on a depleted deposit -> DUPLICATE_LEAD before DEPOSIT_DEPLETED
		Map<String, Object> lead = fixtures.lead(world.campaignId(), "500");
		assertThat(actors.api().post("/api/leads/create", lead, world.influencer().token()).status()).isEqualTo(201);
		assertThat(actors.api().post("/api/leads/create", lead, world.influencer().token()).code())
			.isEqualTo("DUPLICATE_LEAD");
		assertThat(fixtures.submit(world, "500").code()).isEqualTo("DEPOSIT_DEPLETED");
	}

	@Test
	void refusesInvalidInputNamingTheField() {
		World world = fixtures.world("1000.00");
		assertField(world, "consent", false, "consent", "MUST_BE_TRUE");
		assertField(world, "consent", null, "consent", "REQUIRED");
		assertField(world, "customerPhone", "12345", "customerPhone", "INVALID_PHONE");
		assertField(world, "serviceValue", "10.005", "serviceValue", "TOO_MANY_DECIMALS");
		assertField(world, "serviceValue", "-5", "serviceValue", "OUT_OF_RANGE");
		assertField(world, "serviceValue", "0", "serviceValue", "OUT_OF_RANGE");
		assertField(world, "serviceValue", "1000000.01", "serviceValue", "OUT_OF_RANGE");
		assertField(world, "serviceValue", "0.04", "serviceValue", "COMMISSION_TOO_SMALL");
		assertField(world, "serviceValue", "NaN", "serviceValue", "INVALID_FORMAT");
		assertField(world, "source", "TELEGRAM", "source", "INVALID_FORMAT");
		assertField(world, "customerEmail", "not-an-email", "customerEmail", "INVALID_EMAIL");
		assertField(world, "customerName", " ", "customerName", "REQUIRED");
		assertThat(fixtures.ledger(world.depositId())).hasSize(1);
	}

	@Test
	void onlyInfluencersSubmitLeads() {
		World world = fixtures.world("1000.00");
		Response asMerchant = actors.api().post("/api/leads/create", fixtures.lead(world.campaignId(), "500"),
				world.merchant().token());
		assertThat(asMerchant.status()).isEqualTo(403);
		assertThat(actors.api().post("/api/leads/create", fixtures.lead(world.campaignId(), "500"), null).status())
			.isEqualTo(401);
		assertThat(actors.api().post("/api/leads/create", fixtures.lead(UUID.randomUUID(), "500"),
				world.influencer().token()).status()).isEqualTo(404);
	}

	private void assertField(World world, String field, Object value, String expectedField, String expectedCode) {
		Map<String, Object> lead = fixtures.lead(world.campaignId(), "500");
		lead.put(field, value);
		Response response = actors.api().post("/api/leads/create", lead, world.influencer().token());
		assertThat(response.status()).as(field + "=" + value + " -> " + response).isEqualTo(400);
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo(expectedField);
		assertThat(response.json().path("errors").get(0).path("code").asString()).as(response.toString())
			.isEqualTo(expectedCode);
	}

	private void assertRefused(World world, Response response, int status, String code) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.code()).isEqualTo(code);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		long leadsWithoutReservation = transactions.execute(tx -> jdbc.sql("""
				select count(*) from leads l where l.merchant_id = :m
				   and not exists (select 1 from deposit_transactions t where t.lead_id = l.id and t.type = 'RESERVE')""")
			.param("m", world.merchant().id())
			.query(Long.class)
			.single());
		assertThat(leadsWithoutReservation).isZero();
		fixtures.assertLedgerReplays();
	}

}
