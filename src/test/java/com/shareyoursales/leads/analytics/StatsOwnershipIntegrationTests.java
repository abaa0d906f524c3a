package com.shareyoursales.leads.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.shareyoursales.leads.support.ApiClient;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.TestActors;
import com.shareyoursales.leads.support.TestActors.Actor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static com.shareyoursales.leads.analytics.LeadStatsIntegrationTests.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may read which stats, endpoint by endpoint: a merchant its campaigns, deposits and the influencers who worked
 * for it; an influencer itself; another's id is 404, a role without access 403, no token 401.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsOwnershipIntegrationTests {

	@Autowired
	TestActors actors;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	ApiClient api;

	Actor merchant;

	Actor stranger;

	Actor worker;

	Actor outsider;

	UUID campaign;

	UUID deposit;

	@BeforeAll
	void oneMerchantWithOneInfluencer() {
		api = actors.api();
		merchant = actors.merchant();
		stranger = actors.merchant();
		worker = actors.influencer();
		outsider = actors.influencer();
		StatsFixtures fixtures = new StatsFixtures(jdbc, new TransactionTemplate(transactionManager));
		campaign = fixtures.campaign(merchant.id(), "Owned");
		deposit = fixtures.fundedDeposit(merchant.id(), "1000.00");
		// lead A: validated now (captured 50.00); B: pending (30.00 reserved); C: rejected (released)
		Instant now = Instant.now();
		fixtures.insert(deposit, StatsFixtures.lead(campaign, worker.id(), now.minusSeconds(120).toString(), "500.00",
				"50.00", "INSTAGRAM", "Rabat", "VALIDATED", Duration.ofSeconds(60)));
		fixtures.insert(deposit, StatsFixtures.lead(campaign, worker.id(), now.minusSeconds(120).toString(), "300.00",
				"30.00", "TIKTOK", "Rabat", "PENDING", null));
		fixtures.insert(deposit, StatsFixtures.lead(campaign, worker.id(), now.minusSeconds(120).toString(), "200.00",
				"20.00", "TIKTOK", "Rabat", "REJECTED", Duration.ofSeconds(60)));
	}

	@Test
	void anotherMerchantsCampaignInfluencerAndDepositAreNotFound() {
		String token = stranger.token();
		assertThat(api.get("/api/leads/stats/campaign/" + campaign, token).status()).isEqualTo(404);
		assertThat(api.get("/api/leads/stats/influencer/" + worker.id(), token).status()).isEqualTo(404);
		assertThat(api.get("/api/leads/stats/forecast/" + deposit, token).status()).isEqualTo(404);
		assertThat(api.get("/api/leads/stats/timeline?campaignId=" + campaign, token).status()).isEqualTo(404);
		assertThat(api.get("/api/leads/stats/breakdown?by=city&campaignId=" + campaign, token).status()).isEqualTo(404);
		assertThat(api.get("/api/leads/stats/campaign/" + UUID.randomUUID(), merchant.token()).status()).isEqualTo(404);
	}

	@Test
	void strangersSeeNothingOfTheMerchantInTheirOwnNumbers() {
		JsonNode overview = ok(api.get("/api/leads/stats/overview", stranger.token()));
		JsonNode top = ok(api.get("/api/leads/stats/top-influencers", stranger.token()));
		assertThat(overview.path("stats").path("totalLeads").asLong()).isZero();
		assertThat(top).isEmpty();
	}

	@Test
	void merchantSeesItsCampaignItsInfluencerAndItsDeposit() {
		String token = merchant.token();
		assertThat(ok(api.get("/api/leads/stats/campaign/" + campaign, token)).path("stats").path("totalLeads").asLong())
			.isEqualTo(3);
		assertThat(ok(api.get("/api/leads/stats/influencer/" + worker.id(), token)).path("stats").path("totalLeads")
			.asLong()).isEqualTo(3);
		assertThat(api.get("/api/leads/stats/influencer/" + outsider.id(), token).status()).isEqualTo(404);
		assertThat(ok(api.get("/api/leads/stats/top-influencers", token))).hasSize(1);
		assertThat(ok(api.get("/api/leads/stats/breakdown?by=SOURCE&campaignId=" + campaign, token))).hasSize(2);
	}

	@Test
	void influencerSeesOnlyItself() {
		String token = outsider.token();
		assertThat(api.get("/api/leads/stats/influencer/" + worker.id(), token).status()).isEqualTo(404);
		assertThat(api.get("/api/leads/stats/top-influencers", token).status()).isEqualTo(403);
		assertThat(api.get("/api/leads/stats/forecast/" + deposit, token).status()).isEqualTo(403);
		JsonNode ownSlice = ok(api.get("/api/leads/stats/campaign/" + campaign, token));
		assertThat(ownSlice.path("scope").asString()).isEqualTo("CAMPAIGN_INFLUENCER");
		assertThat(ownSlice.path("stats").path("totalLeads").asLong()).isZero();
		assertThat(ok(api.get("/api/leads/stats/campaign/" + campaign, worker.token())).path("stats").path("totalLeads")
			.asLong()).isEqualTo(3);
		assertThat(api.get("/api/leads/stats/breakdown?by=city&campaignId=" + campaign, token).status()).isEqualTo(400);
	}

	@Test
	void adminSeesEverything() {
		String token = actors.admin().token();
		assertThat(ok(api.get("/api/leads/stats/campaign/" + campaign, token)).path("stats").path("totalLeads").asLong())
			.isEqualTo(3);
		assertThat(ok(api.get("/api/leads/stats/influencer/" + worker.id(), token)).path("stats").path("totalLeads")
			.asLong()).isEqualTo(3);
		assertThat(ok(api.get("/api/leads/stats/forecast/" + deposit, token)).path("outcome").asString())
			.isEqualTo("FORECAST");
	}

	@Test
	void anonymousCallsAreUnauthorizedAndBadParametersRefused() {
		assertThat(api.get("/api/leads/stats/overview", null).status()).isEqualTo(401);
		assertThat(api.get("/api/leads/stats/breakdown?by=weather", merchant.token()).status()).isEqualTo(400);
		assertThat(api.get("/api/leads/stats/overview?from=2026-02-01&to=2026-01-01", merchant.token()).status())
			.isEqualTo(400);
	}

	@Test
	void forecastProjectsTheAvailableAmountAtTheLastSevenDaysBurn() {
		// when
		JsonNode forecast = ok(api.get("/api/leads/stats/forecast/" + deposit, merchant.token()));
		// then: burn = 50.00 captured + 30.00 still reserved (the released 20.00 does not count) = 80.00 in 7 days;
		// available = 1000 - 50 - 30 = 920.00; 920 x 7 / 80 = 80.5 days
		assertThat(forecast.path("available").asString()).isEqualTo("920.00");
		assertThat(forecast.path("capturedLast7Days").asString()).isEqualTo("50.00");
		assertThat(forecast.path("newlyReservedLast7Days").asString()).isEqualTo("30.00");
		assertThat(forecast.path("burnRatePerDay").asString()).isEqualTo("11.43");
		assertThat(forecast.path("daysUntilDepleted").asString()).isEqualTo("80.5");
		assertThat(forecast.path("projectedDepletionDate").asString())
			.isEqualTo(com.shareyoursales.leads.shared.BusinessTime.today(java.time.Clock.systemUTC()).plusDays(80).toString());
		assertThat(forecast.path("outcome").asString()).isEqualTo("FORECAST");
	}

	@Test
	void forecastWithoutBurnSaysSo() {
		// given
		UUID idle = new StatsFixtures(jdbc, new TransactionTemplate(transactionManager)).fundedDeposit(stranger.id(),
				"500.00");
		// when
		JsonNode forecast = ok(api.get("/api/leads/stats/forecast/" + idle, stranger.token()));
		// then
		assertThat(forecast.path("outcome").asString()).isEqualTo("NO_BURN");
		assertThat(forecast.path("daysUntilDepleted").isNull()).isTrue();
		assertThat(forecast.path("burnRatePerDay").asString()).isEqualTo("0.00");
	}

}
