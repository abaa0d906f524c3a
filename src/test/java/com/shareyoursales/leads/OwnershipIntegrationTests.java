package com.shareyoursales.leads;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.shareyoursales.leads.support.ApiClient;
import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.LeadFixtures;
import com.shareyoursales.leads.support.LeadFixtures.World;
import com.shareyoursales.leads.support.TestActors;
import com.shareyoursales.leads.support.TestActors.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.shareyoursales.leads.support.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody sees or changes what is not theirs: per endpoint, another merchant gets 404 (existence not revealed), an
 * influencer acting as a merchant gets 403, and nobody anonymous gets in.
 */
@IntegrationTest
class OwnershipIntegrationTests {

	@Autowired
	TestActors actors;

	@Autowired
	LeadFixtures fixtures;

	World world;

	Actor otherMerchant;

	Actor otherInfluencer;

	UUID lead;

	UUID agreement;

	ApiClient api;

	@BeforeEach
	void twoMerchantsAndTheirInfluencers() {
		api = actors.api();
		world = fixtures.world("1000.00");
		lead = fixtures.submitted(world, "500");
		otherMerchant = actors.merchant();
		otherInfluencer = actors.influencer();
		agreement = UUID.fromString(api.get("/api/leads/agreements/merchant", world.merchant().token())
			.json().get(0).path("id").asString());
	}

	@Test
	void campaignsBelongToTheirMerchant() {
		String campaign = "/api/campaigns/" + world.campaignId();
		for (String action : List.of("", "/pause", "/resume", "/end", "/settings")) {
			Object payload = action.isEmpty() ? body("name", "Hijack") : action.equals("/settings")
					? LeadFixtures.settings("EXPIRE", 72) : null;
			assertThat(api.put(campaign + action, payload, otherMerchant.token()).status()).as("merchant " + action)
				.isEqualTo(404);
			assertThat(api.put(campaign + action, payload, world.influencer().token()).status()).as("influencer " + action)
				.isEqualTo(403);
			assertThat(api.put(campaign + action, payload, null).status()).isEqualTo(401);
		}
		assertThat(api.get(campaign, otherMerchant.token()).status()).isEqualTo(404);
		assertThat(api.get(campaign, world.influencer().token()).status()).isEqualTo(200);
		assertThat(api.get("/api/campaigns", otherMerchant.token()).json().path("totalElements").asLong()).isZero();
		assertThat(api.post("/api/campaigns", body("name", "x"), world.influencer().token()).status()).isEqualTo(403);
		assertThat(api.get(campaign, world.merchant().token()).json().path("name").asString()).isEqualTo("Campagne");
	}

	@Test
	void agreementsBelongToTheirParties() {
		String path = "/api/leads/agreements/" + agreement;
		assertThat(api.put(path + "/terminate", null, otherMerchant.token()).status()).isEqualTo(404);
		assertThat(api.put(path + "/terminate", null, world.influencer().token()).status()).isEqualTo(403);
		assertThat(api.put(path + "/sign", null, otherInfluencer.token()).status()).isEqualTo(404);
		assertThat(api.put(path + "/sign", null, world.merchant().token()).status()).isEqualTo(403);
		assertThat(api.get("/api/leads/agreements/merchant", otherMerchant.token()).json()).isEmpty();
		assertThat(api.get("/api/leads/agreements/influencer", otherInfluencer.token()).json()).isEmpty();
		assertThat(api.get("/api/leads/agreements/merchant", world.influencer().token()).status()).isEqualTo(403);
		assertThat(api.post("/api/leads/agreements/create", body("influencerId", otherInfluencer.id(), "terms", "t",
				"validFrom", "2026-01-01", "validTo", "2027-01-01"), world.influencer().token()).status()).isEqualTo(403);
		assertThat(api.post("/api/leads/agreements/create", body("influencerId", otherInfluencer.id(), "campaignId",
				world.campaignId(), "terms", "t", "validFrom", "2026-01-01", "validTo", "2027-01-01"),
				otherMerchant.token()).code()).isEqualTo("UNKNOWN_CAMPAIGN");
		assertThat(api.get("/api/leads/agreements/merchant", null).status()).isEqualTo(401);
	}

	@Test
	void leadsAreSeenByTheirMerchantTheirInfluencerAndAdminsOnly() {
		String path = "/api/leads/" + lead;
		assertThat(api.get(path, otherMerchant.token()).status()).isEqualTo(404);
		assertThat(api.get(path, otherInfluencer.token()).status()).isEqualTo(404);
		assertThat(api.get(path, actors.admin().token()).status()).isEqualTo(200);
		assertThat(api.put(path + "/validate", null, otherMerchant.token()).status()).isEqualTo(404);
		assertThat(api.put(path + "/reject", body("reason", "FAKE"), otherMerchant.token()).status()).isEqualTo(404);
		assertThat(api.put(path + "/validate", null, world.influencer().token()).status()).isEqualTo(403);
		assertThat(api.put("/api/leads/bulk/validate", body("ids", List.of(lead)), otherMerchant.token())
			.json().path("results").get(0).path("code").asString()).isEqualTo("NOT_FOUND");
		assertThat(api.put("/api/leads/bulk/validate", body("ids", List.of(lead)), world.influencer().token()).status())
			.isEqualTo(403);
		assertThat(api.get("/api/leads/merchant/my-leads", otherMerchant.token()).json().path("totalElements").asLong())
			.isZero();
		assertThat(api.get("/api/leads/influencer/my-leads", otherInfluencer.token()).json().path("totalElements").asLong())
			.isZero();
		assertThat(api.get("/api/leads/merchant/my-leads", world.influencer().token()).status()).isEqualTo(403);
		assertThat(api.get("/api/leads/influencer/my-leads", world.merchant().token()).status()).isEqualTo(403);
		assertThat(api.get("/api/leads/campaign/" + world.campaignId(), otherMerchant.token()).status()).isEqualTo(404);
		assertThat(api.get("/api/leads/campaign/" + world.campaignId(), otherInfluencer.token())
			.json().path("totalElements").asLong()).isZero();
		assertThat(api.get("/api/leads/merchant/export.csv", otherMerchant.token()).body().split("\r\n")).hasSize(1);
		assertThat(api.get(path, null).status()).isEqualTo(401);
		// nothing changed
		assertThat(api.get(path, world.merchant().token()).json().path("status").asString()).isEqualTo("PENDING");
	}

	@Test
	void depositsAndTheirLedgerBelongToTheirMerchant() {
		String deposit = world.depositId().toString();
		assertThat(api.get("/api/leads/deposits/balance?depositId=" + deposit, otherMerchant.token()).status())
			.isEqualTo(404);
		assertThat(api.get("/api/leads/deposits/balance", otherMerchant.token()).json()).isEmpty();
		assertThat(api.get("/api/leads/deposits/transactions?depositId=" + deposit, otherMerchant.token()).status())
			.isEqualTo(404);
		assertThat(api.get("/api/leads/deposits/transactions", otherMerchant.token()).json().path("totalElements").asLong())
			.isZero();
		assertThat(api.get("/api/leads/deposits/balance", world.influencer().token()).status()).isEqualTo(403);
		assertThat(api.get("/api/leads/deposits/low-balance", world.influencer().token()).status()).isEqualTo(403);
		assertThat(api.post("/api/leads/deposits/" + deposit + "/adjustments", body("amount", "10.00", "reason", "gift"),
				world.merchant().token()).status()).isEqualTo(403);
		Response own = api.get("/api/leads/deposits/transactions?depositId=" + deposit + "&type=RESERVE",
				world.merchant().token());
		assertThat(own.json().path("totalElements").asLong()).isEqualTo(1);
		assertThat(own.json().path("content").get(0).path("leadId").asString()).isEqualTo(lead.toString());
	}

	@Test
	void anAdminAdjustmentIsALedgerRowWithItsReason() {
		Response adjusted = api.post("/api/leads/deposits/" + world.depositId() + "/adjustments",
				body("amount", "-25.50", "reason", "Geste commercial annulé"), actors.admin().token());
		assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(201);
		assertThat(adjusted.json().path("balance").asString()).isEqualTo("974.50");
		Map<String, Object> last = fixtures.ledger(world.depositId()).get(2);
		assertThat(last).containsEntry("type", "ADJUSTMENT").containsEntry("reason", "Geste commercial annulé");
		Response tooMuch = api.post("/api/leads/deposits/" + world.depositId() + "/adjustments",
				body("amount", "-950.00", "reason", "x"), actors.admin().token());
		assertThat(tooMuch.code()).isEqualTo("INSUFFICIENT_DEPOSIT");
		fixtures.assertLedgerReplays();
	}

}
