package com.shareyoursales.leads.leads;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.shareyoursales.leads.support.ApiClient;
import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.LeadFixtures;
import com.shareyoursales.leads.support.LeadFixtures.World;
import com.shareyoursales.leads.support.MutableClock;
import com.shareyoursales.leads.support.TestActors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static com.shareyoursales.leads.support.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LeadLifecycleIntegrationTests {

	@Autowired
	TestActors actors;

	@Autowired
	LeadFixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	LeadExpiry expiry;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@ParameterizedTest
	@CsvSource({ "500, 50.00", "1500, 80.00", "799.99, 80.00", "800, 80.00", "800.00, 80.00", "0.05, 0.01",
			"123.45, 12.35" })
	void freezesTheSpecCommissionAndReservesIt(String value, String commission) {
		// given
		World world = fixtures.world("1000.00");

		// when
		Response created = fixtures.submit(world, value);

		// then
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().path("commission").asString()).isEqualTo(commission);
		assertThat(created.json().path("status").asString()).isEqualTo("PENDING");
		Map<String, Object> deposit = fixtures.depositRow(world.depositId());
		assertThat((BigDecimal) deposit.get("reserved")).isEqualByComparingTo(commission);
		assertThat((BigDecimal) deposit.get("available"))
			.isEqualByComparingTo(new BigDecimal("1000.00").subtract(new BigDecimal(commission)));
		fixtures.assertLedgerReplays();
	}

	@Test
	void returnsTheSpecLeadJson() {
		World world = fixtures.world("1000.00");
		Response created = fixtures.submit(world, "500");
		var lead = created.json();
		for (String field : List.of("id", "campaignId", "merchantId", "influencerId", "customerName", "customerPhone",
				"customerEmail", "city", "serviceValue", "commission", "source", "status", "createdAt", "expiresAt")) {
			assertThat(lead.has(field)).as(field).isTrue();
		}
		assertThat(lead.has("decidedAt")).isTrue();
		assertThat(lead.has("rejectionReason")).isTrue();
		assertThat(lead.path("serviceValue").isString()).isTrue();
		assertThat(lead.path("serviceValue").asString()).isEqualTo("500.00");
		assertThat(lead.path("merchantId").asString()).isEqualTo(world.merchant().id().toString());
		assertThat(Duration.between(java.time.Instant.parse(lead.path("createdAt").asString()),
				java.time.Instant.parse(lead.path("expiresAt").asString()))).isEqualTo(Duration.ofHours(72));
	}

	@Test
	void validationCapturesTheCommissionAndRecordsTheDecision() {
		// given
		World world = fixtures.world("1000.00");
		UUID lead = fixtures.submitted(world, "500");

		// when
		Response validated = actors.api().put("/api/leads/" + lead + "/validate", body("comment", "RDV pris"),
				world.merchant().token());

		// then
		assertThat(validated.status()).as(validated.toString()).isEqualTo(200);
		assertThat(validated.json().path("status").asString()).isEqualTo("VALIDATED");
		assertThat(validated.json().path("decidedAt").isNull()).isFalse();
		Map<String, Object> deposit = fixtures.depositRow(world.depositId());
		assertThat((BigDecimal) deposit.get("balance")).isEqualByComparingTo("950.00");
		assertThat((BigDecimal) deposit.get("reserved")).isEqualByComparingTo("0.00");
		assertThat(fixtures.ledger(world.depositId())).extracting(row -> row.get("type"))
			.containsExactly("CREDIT", "RESERVE", "CAPTURE");
		fixtures.assertLedgerReplays();
	}

	@Test
	void rejectionReleasesTheCommissionWithItsReason() {
		World world = fixtures.world("1000.00");
		UUID lead = fixtures.submitted(world, "500");

		Response rejected = actors.api().put("/api/leads/" + lead + "/reject",
				body("reason", "NOT_REACHABLE", "comment", "Pas de réponse"), world.merchant().token());

		assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
		assertThat(rejected.json().path("status").asString()).isEqualTo("REJECTED");
		assertThat(rejected.json().path("rejectionReason").asString()).isEqualTo("NOT_REACHABLE");
		Map<String, Object> deposit = fixtures.depositRow(world.depositId());
		assertThat((BigDecimal) deposit.get("balance")).isEqualByComparingTo("1000.00");
		assertThat((BigDecimal) deposit.get("available")).isEqualByComparingTo("1000.00");
		assertThat(fixtures.ledger(world.depositId())).extracting(row -> row.get("type"))
			.containsExactly("CREDIT", "RESERVE", "RELEASE");
		fixtures.assertLedgerReplays();
	}

	@Test
	void aRejectionNeedsAKnownReason() {
		World world = fixtures.world("1000.00");
		UUID lead = fixtures.submitted(world, "500");
		ApiClient api = actors.api();
		assertThat(api.put("/api/leads/" + lead + "/reject", body("comment", "x"), world.merchant().token()).status())
			.isEqualTo(400);
		Response unknown = api.put("/api/leads/" + lead + "/reject", body("reason", "BORED"), world.merchant().token());
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");
		assertThat(fixtures.depositRow(world.depositId()).get("reserved")).isEqualTo(new BigDecimal("50.00"));
	}

	@Test
	void decidingADecidedLeadIsRefused() {
		World world = fixtures.world("1000.00");
		UUID lead = fixtures.submitted(world, "500");
		ApiClient api = actors.api();
		assertThat(api.put("/api/leads/" + lead + "/validate", null, world.merchant().token()).status()).isEqualTo(200);

		Response again = api.put("/api/leads/" + lead + "/validate", null, world.merchant().token());
		Response reject = api.put("/api/leads/" + lead + "/reject", body("reason", "FAKE"), world.merchant().token());

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("LEAD_ALREADY_DECIDED");
		assertThat(reject.code()).isEqualTo("LEAD_ALREADY_DECIDED");
		assertThat(fixtures.ledger(world.depositId())).hasSize(3);
		fixtures.assertLedgerReplays();
	}

	@Test
	void aDecisionAfterExpiryExpiresTheLeadOnTheSpot() {
		// given
		World world = fixtures.world("1000.00");
		UUID lead = fixtures.submitted(world, "500");
		clock.advance(Duration.ofHours(72).plusSeconds(1));

		// when
		Response late = actors.api().put("/api/leads/" + lead + "/validate", null, world.merchant().token());

		// then
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.code()).isEqualTo("LEAD_EXPIRED");
		Response read = actors.api().get("/api/leads/" + lead, world.merchant().token());
		assertThat(read.json().path("status").asString()).isEqualTo("EXPIRED");
		assertThat((BigDecimal) fixtures.depositRow(world.depositId()).get("available")).isEqualByComparingTo("1000.00");
		fixtures.assertLedgerReplays();
	}

	@Test
	void onExpiryValidateCapturesWhenTheMerchantStaysSilent() {
		World world = fixtures.world("1000.00");
		Response settings = actors.api().put("/api/campaigns/" + world.campaignId() + "/settings",
				LeadFixtures.settings("VALIDATE", 24), world.merchant().token());
		assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
		UUID lead = fixtures.submitted(world, "500");
		clock.advance(Duration.ofHours(24).plusSeconds(1));

		Response late = actors.api().put("/api/leads/" + lead + "/reject", body("reason", "FAKE"), world.merchant().token());

		assertThat(late.code()).isEqualTo("LEAD_EXPIRED");
		assertThat(actors.api().get("/api/leads/" + lead, world.merchant().token()).json().path("status").asString())
			.isEqualTo("VALIDATED");
		assertThat((BigDecimal) fixtures.depositRow(world.depositId()).get("balance")).isEqualByComparingTo("950.00");
		fixtures.assertLedgerReplays();
	}

	@Test
	void theSweepExpiresLeadsAtTheirExpiryAndNotASecondBefore() {
		// given a lead submitted at T
		World world = fixtures.world("1000.00");
		UUID lead = fixtures.submitted(world, "500");

		// when the sweep runs at T+72h-1s, then at T+72h+1s
		clock.advance(Duration.ofHours(72).minusSeconds(2));
		expiry.expireDue();
		String before = actors.api().get("/api/leads/" + lead, world.merchant().token()).json().path("status").asString();
		clock.advance(Duration.ofSeconds(3));
		expiry.expireDue();
		int secondRun = expiry.expireDue();

		// then
		assertThat(before).isEqualTo("PENDING");
		assertThat(actors.api().get("/api/leads/" + lead, world.merchant().token()).json().path("status").asString())
			.isEqualTo("EXPIRED");
		assertThat(secondRun).isZero();
		assertThat(fixtures.ledger(world.depositId())).extracting(row -> row.get("type"))
			.containsExactly("CREDIT", "RESERVE", "RELEASE");
		fixtures.assertLedgerReplays();
	}

	@Test
	void bulkDecisionsReportOneOutcomePerLeadAndKeepTheSuccesses() {
		World world = fixtures.world("1000.00");
		UUID first = fixtures.submitted(world, "500");
		UUID second = fixtures.submitted(world, "300");
		UUID decided = fixtures.submitted(world, "200");
		actors.api().put("/api/leads/" + decided + "/validate", null, world.merchant().token());
		UUID unknown = UUID.randomUUID();

		Response bulk = actors.api().put("/api/leads/bulk/reject",
				body("ids", List.of(first, decided, second, unknown), "reason", "OUT_OF_AREA"), world.merchant().token());

		assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);
		var results = bulk.json().path("results");
		assertThat(results.get(0).path("outcome").asString()).isEqualTo("OK");
		assertThat(results.get(1).path("code").asString()).isEqualTo("LEAD_ALREADY_DECIDED");
		assertThat(results.get(2).path("status").asString()).isEqualTo("REJECTED");
		assertThat(results.get(3).path("code").asString()).isEqualTo("NOT_FOUND");
		assertThat((BigDecimal) fixtures.depositRow(world.depositId()).get("reserved")).isEqualByComparingTo("0.00");
		fixtures.assertLedgerReplays();

		Response withoutReason = actors.api().put("/api/leads/bulk/reject", body("ids", List.of(first)),
				world.merchant().token());
		assertThat(withoutReason.status()).isEqualTo(400);
	}

	@Test
	void influencersSeeTheirLeadsWithTheCustomerContactMasked() {
		World world = fixtures.world("1000.00");
		UUID lead = fixtures.submitted(world, "500");

		Response own = actors.api().get("/api/leads/" + lead, world.influencer().token());
		Response list = actors.api().get("/api/leads/influencer/my-leads", world.influencer().token());

		String phone = own.json().path("customerPhone").asString();
		assertThat(phone).matches("\\*+\\d\\d");
		assertThat(own.json().path("customerEmail").asString()).isEqualTo("c***@example.ma");
		assertThat(list.json().path("content").get(0).path("customerPhone").asString()).isEqualTo(phone);
		assertThat(actors.api().get("/api/leads/" + lead, world.merchant().token()).json().path("customerPhone").asString())
			.startsWith("+2126");
	}

	@Test
	void merchantListsFilterSortAndPage() {
		World world = fixtures.world("5000.00");
		for (String value : List.of("100", "200", "300")) {
			fixtures.submitted(world, value);
		}
		UUID rejected = fixtures.submitted(world, "400");
		actors.api().put("/api/leads/" + rejected + "/reject", body("reason", "FAKE"), world.merchant().token());
		String token = world.merchant().token();

		Response pending = actors.api().get("/api/leads/merchant/my-leads?status=PENDING&sort=serviceValue,asc&size=2", token);
		assertThat(pending.json().path("totalElements").asLong()).isEqualTo(3);
		assertThat(pending.json().path("totalPages").asInt()).isEqualTo(2);
		assertThat(pending.json().path("content").get(0).path("serviceValue").asString()).isEqualTo("100.00");
		Response text = actors.api().get("/api/leads/merchant/my-leads?q=rabat", token);
		assertThat(text.json().path("totalElements").asLong()).isEqualTo(4);
		Response campaign = actors.api().get("/api/leads/campaign/" + world.campaignId() + "?status=REJECTED", token);
		assertThat(campaign.json().path("totalElements").asLong()).isEqualTo(1);
		assertThat(actors.api().get("/api/leads/merchant/my-leads?sort=password,asc", token).code()).isEqualTo("INVALID_SORT");
		assertThat(actors.api().get("/api/leads/merchant/my-leads?status=LOST", token).status()).isEqualTo(400);
	}

	@Test
	void previewsTheCommissionWithTheInfluencersAgreementOverride() {
		World world = fixtures.world("1000.00");
		var other = actors.influencer();
		fixtures.signAgreement(world.merchant(), other, Map.of("threshold", "1000.00", "rate", "20.00", "flat", "150.00"));

		Response standard = actors.api().get("/api/leads/commission-preview?campaignId=" + world.campaignId()
				+ "&serviceValue=500", world.influencer().token());
		Response overridden = actors.api().get("/api/leads/commission-preview?campaignId=" + world.campaignId()
				+ "&serviceValue=500", other.token());
		Response created = actors.api().post("/api/leads/create", fixtures.lead(world.campaignId(), "1200"), other.token());

		assertThat(standard.json().path("commission").asString()).isEqualTo("50.00");
		assertThat(overridden.json().path("commission").asString()).isEqualTo("100.00");
		assertThat(created.json().path("commission").asString()).isEqualTo("150.00");
	}


	@Test
	void aRetriedSubmissionWithItsIdempotencyKeyCreatesOneLead() {
		World world = fixtures.world("1000.00");
		Map<String, Object> lead = fixtures.lead(world.campaignId(), "500");
		Map<String, String> key = Map.of("Idempotency-Key", "lead-" + UUID.randomUUID());
		ApiClient api = actors.api();

		Response first = api.send("POST", "/api/leads/create", lead, world.influencer().token(), key);
		Response retry = api.send("POST", "/api/leads/create", lead, world.influencer().token(), key);
		lead.put("serviceValue", "600");
		Response otherBody = api.send("POST", "/api/leads/create", lead, world.influencer().token(), key);

		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
		assertThat(otherBody.status()).isEqualTo(422);
		assertThat(otherBody.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
		assertThat(fixtures.ledger(world.depositId())).extracting(row -> row.get("type")).containsExactly("CREDIT", "RESERVE");
		fixtures.assertLedgerReplays();
	}

}
