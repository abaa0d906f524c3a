package com.shareyoursales.leads.analytics;

import java.time.Duration;
import java.util.UUID;

import com.shareyoursales.leads.support.ApiClient;
import com.shareyoursales.leads.support.ApiClient.Response;
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

import static com.shareyoursales.leads.analytics.StatsFixtures.lead;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every KPI of a small dataset worked out by hand. Merchant M runs campaigns C1 and C2 with influencers I1 and I2;
 * merchant M2 has one lead of I1. Times are UTC; Africa/Casablanca is UTC+1 in May and June 2024, so lead 3
 * (23:30 UTC on 12 May) belongs to the business day of 13 May.
 *
 * <pre>
 * #  campaign infl created (UTC)        value   comm.  source    city        status     decided after (bucket)
 * 1  C1       I1   2024-05-12 09:00     500     50.00  INSTAGRAM Casablanca  VALIDATED  30 min   (1800 s)
 * 2  C1       I1   2024-05-12 10:00     1500    80.00  INSTAGRAM Rabat       REJECTED   2 h      (7200 s)
 * 3  C1       I2   2024-05-12 23:30     300     30.00  TIKTOK    Casablanca  VALIDATED  26 h 10  (93600 s)
 * 4  C2       I2   2024-05-13 08:00     200     20.00  TIKTOK    -           EXPIRED    72 h
 * 5  C2       I1   2024-05-14 08:00     1000    80.00  INSTAGRAM Casablanca  PENDING
 * 6  C1       I2   2024-06-02 08:00     450     45.00  WHATSAPP  Rabat       VALIDATED  45 s     (0 s)
 * 7  C3 (M2)  I1   2024-05-12 09:00     600     60.00  INSTAGRAM Fes         VALIDATED  10 min   (600 s)
 * </pre>
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadStatsIntegrationTests {

	@Autowired
	TestActors actors;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	ApiClient api;

	Actor merchant;

	Actor otherMerchant;

	Actor influencer1;

	Actor influencer2;

	UUID campaign1;

	UUID campaign2;

	UUID deposit;

	@BeforeAll
	void createTheDataset() {
		api = actors.api();
		merchant = actors.merchant();
		otherMerchant = actors.merchant();
		influencer1 = actors.influencer();
		influencer2 = actors.influencer();
		StatsFixtures fixtures = new StatsFixtures(jdbc, new TransactionTemplate(transactionManager));
		campaign1 = fixtures.campaign(merchant.id(), "C1");
		campaign2 = fixtures.campaign(merchant.id(), "C2");
		UUID campaign3 = fixtures.campaign(otherMerchant.id(), "C3");
		deposit = fixtures.fundedDeposit(merchant.id(), "10000.00");
		UUID otherDeposit = fixtures.fundedDeposit(otherMerchant.id(), "1000.00");
		UUID i1 = influencer1.id();
		UUID i2 = influencer2.id();
		fixtures.insert(deposit, lead(campaign1, i1, "2024-05-12T09:00:00Z", "500.00", "50.00", "INSTAGRAM", "Casablanca", "VALIDATED", Duration.ofMinutes(30)));
		fixtures.insert(deposit, lead(campaign1, i1, "2024-05-12T10:00:00Z", "1500.00", "80.00", "INSTAGRAM", "Rabat", "REJECTED", Duration.ofHours(2)));
		fixtures.insert(deposit, lead(campaign1, i2, "2024-05-12T23:30:00Z", "300.00", "30.00", "TIKTOK", "Casablanca", "VALIDATED", Duration.ofMinutes(26 * 60 + 10)));
		fixtures.insert(deposit, lead(campaign2, i2, "2024-05-13T08:00:00Z", "200.00", "20.00", "TIKTOK", null, "EXPIRED", Duration.ofHours(72)));
		fixtures.insert(deposit, lead(campaign2, i1, "2024-05-14T08:00:00Z", "1000.00", "80.00", "INSTAGRAM", "Casablanca", "PENDING", null));
		fixtures.insert(deposit, lead(campaign1, i2, "2024-06-02T08:00:00Z", "450.00", "45.00", "WHATSAPP", "Rabat", "VALIDATED", Duration.ofSeconds(45)));
		fixtures.insert(otherDeposit, lead(campaign3, i1, "2024-05-12T09:00:00Z", "600.00", "60.00", "INSTAGRAM", "Fes", "VALIDATED", Duration.ofMinutes(10)));
	}

	@Test
	void merchantOverviewOfAllTimeCountsEveryLeadOfTheMerchant() {
		// when
		JsonNode report = ok(api.get("/api/leads/stats/overview", merchant.token()));
		// then: 6 leads, decided 5 (3 V, 1 R, 1 E); decisions 0, 1800, 7200, 93600 s
		assertThat(report.path("scope").asString()).isEqualTo("MERCHANT");
		assertStats(report.path("stats"), 6, 1, 3, 1, 1, "0.6000", "0.2000", 1800L, 93600L, "125.00", "80.00",
				"41.67", "1250.00");
		assertThat(report.path("platform").isNull()).isTrue();
	}

	@Test
	void aRangeCountsTheLeadsCreatedOnItsBusinessDays() {
		// when: 12 May only (lead 3 was created at 00:30 local time on 13 May)
		JsonNode day12 = ok(api.get("/api/leads/stats/overview?from=2024-05-12&to=2024-05-12", merchant.token()));
		// and: 13 to 31 May (leads 3, 4, 5)
		JsonNode rest = ok(api.get("/api/leads/stats/overview?from=2024-05-13&to=2024-05-31", merchant.token()));
		// and: whole months, and a range mixing partial months
		JsonNode months = ok(api.get("/api/leads/stats/overview?from=2024-05-01&to=2024-06-30", merchant.token()));
		JsonNode mixed = ok(api.get("/api/leads/stats/overview?from=2024-05-12&to=2024-06-02", merchant.token()));
		// then
		assertStats(day12.path("stats"), 2, 0, 1, 1, 0, "0.5000", "0.0000", 1800L, 7200L, "50.00", "0.00", "50.00",
				"500.00");
		assertStats(rest.path("stats"), 3, 1, 1, 0, 1, "0.5000", "0.5000", 93600L, 93600L, "30.00", "80.00",
				"30.00", "300.00");
		assertStats(months.path("stats"), 6, 1, 3, 1, 1, "0.6000", "0.2000", 1800L, 93600L, "125.00", "80.00",
				"41.67", "1250.00");
		assertThat(mixed.path("stats")).isEqualTo(months.path("stats"));
	}

	@Test
	void campaignStatsCoverTheCampaignsLeads() {
		// when
		JsonNode report = ok(api.get("/api/leads/stats/campaign/" + campaign1, merchant.token()));
		// then: leads 1, 2, 3, 6
		assertThat(report.path("scope").asString()).isEqualTo("CAMPAIGN");
		assertStats(report.path("stats"), 4, 0, 3, 1, 0, "0.7500", "0.0000", 1800L, 93600L, "125.00", "0.00",
				"41.67", "1250.00");
	}

	@Test
	void influencerSeesAllItsLeadsAndAMerchantOnlyThoseItReceived() {
		// when
		JsonNode own = ok(api.get("/api/leads/stats/influencer/" + influencer1.id(), influencer1.token()));
		JsonNode byMerchant = ok(api.get("/api/leads/stats/influencer/" + influencer1.id(), merchant.token()));
		JsonNode overview = ok(api.get("/api/leads/stats/overview", influencer1.token()));
		// then: I1 has leads 1, 2, 5 (merchant M) and 7 (merchant M2); decisions 600, 1800, 7200 s
		assertStats(own.path("stats"), 4, 1, 2, 1, 0, "0.6667", "0.0000", 1800L, 7200L, "110.00", "80.00", "55.00",
				"1100.00");
		assertThat(overview.path("stats")).isEqualTo(own.path("stats"));
		assertThat(byMerchant.path("scope").asString()).isEqualTo("MERCHANT_INFLUENCER");
		assertStats(byMerchant.path("stats"), 3, 1, 1, 1, 0, "0.5000", "0.0000", 1800L, 7200L, "50.00", "80.00",
				"50.00", "500.00");
	}

	@Test
	void adminOverviewCoversThePlatform() {
		// when: May and June 2024 hold only this dataset
		JsonNode report = ok(api.get("/api/leads/stats/overview?from=2024-05-01&to=2024-06-30", actors.admin().token()));
		// then: 7 leads (4 V, 1 R, 1 E, 1 P); decisions 0, 600, 1800, 7200, 93600 s
		assertThat(report.path("scope").asString()).isEqualTo("PLATFORM");
		assertStats(report.path("stats"), 7, 1, 4, 1, 1, "0.6667", "0.1667", 1800L, 93600L, "185.00", "80.00",
				"46.25", "1850.00");
		JsonNode platform = report.path("platform");
		assertThat(platform.path("activeMerchants").asLong()).isEqualTo(2);
		assertThat(platform.path("activeInfluencers").asLong()).isEqualTo(2);
		assertThat(platform.path("deposits").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(platform.path("recharges").asLong()).isZero();
	}

	@Test
	void timelineGivesEveryDayOfTheRangeByStatus() {
		// when
		JsonNode days = ok(api.get("/api/leads/stats/timeline?from=2024-05-11&to=2024-05-14", merchant.token()));
		JsonNode campaign = ok(api.get("/api/leads/stats/timeline?from=2024-05-12&to=2024-05-13&campaignId=" + campaign2,
				merchant.token()));
		// then
		assertThat(days).hasSize(4);
		assertDay(days.get(0), "2024-05-11", 0, 0, 0, 0, 0);
		assertDay(days.get(1), "2024-05-12", 2, 0, 1, 1, 0);
		assertDay(days.get(2), "2024-05-13", 2, 0, 1, 0, 1);
		assertDay(days.get(3), "2024-05-14", 1, 1, 0, 0, 0);
		assertDay(campaign.get(1), "2024-05-13", 1, 0, 0, 0, 1);
	}

	@Test
	void timelineRefusesMoreThan366Days() {
		// when
		Response response = api.get("/api/leads/stats/timeline?from=2025-01-01&to=2026-01-02", merchant.token());
		// then
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
	}

	@Test
	void topInfluencersRankByValidatedLeadsAboveTheMinimumVolume() {
		// when
		JsonNode top = ok(api.get("/api/leads/stats/top-influencers", merchant.token()));
		JsonNode none = ok(api.get("/api/leads/stats/top-influencers?minLeads=4", merchant.token()));
		// then: I2 has 2 validated of 3 (one expired), I1 1 validated of 3 (one rejected, one pending)
		assertThat(top).hasSize(2);
		assertThat(top.get(0).path("influencerId").asString()).isEqualTo(influencer2.id().toString());
		assertThat(top.get(0).path("validatedLeads").asLong()).isEqualTo(2);
		assertThat(top.get(0).path("totalLeads").asLong()).isEqualTo(3);
		assertThat(top.get(0).path("acceptanceRate").asString()).isEqualTo("0.6667");
		assertThat(top.get(0).path("earnings").asString()).isEqualTo("75.00");
		assertThat(top.get(1).path("influencerId").asString()).isEqualTo(influencer1.id().toString());
		assertThat(top.get(1).path("acceptanceRate").asString()).isEqualTo("0.5000");
		assertThat(none).isEmpty();
	}

	@Test
	void breakdownsGroupBySourceAndByCity() {
		// when
		JsonNode sources = ok(api.get("/api/leads/stats/breakdown?by=source", merchant.token()));
		JsonNode cities = ok(api.get("/api/leads/stats/breakdown?by=city&from=2024-05-01&to=2024-06-30", merchant.token()));
		// then
		assertThat(sources).hasSize(3);
		assertThat(sources.get(0).path("value").asString()).isEqualTo("INSTAGRAM");
		assertStats(sources.get(0).path("stats"), 3, 1, 1, 1, 0, "0.5000", "0.0000", null, null, "50.00", "80.00",
				"50.00", "500.00");
		assertThat(sources.get(1).path("value").asString()).isEqualTo("TIKTOK");
		assertStats(sources.get(1).path("stats"), 2, 0, 1, 0, 1, "0.5000", "0.5000", null, null, "30.00", "0.00",
				"30.00", "300.00");
		assertThat(sources.get(2).path("value").asString()).isEqualTo("WHATSAPP");
		assertThat(cities).hasSize(3);
		assertThat(cities.get(0).path("value").asString()).isEqualTo("Casablanca");
		assertThat(cities.get(0).path("stats").path("totalLeads").asLong()).isEqualTo(3);
		assertThat(cities.get(1).path("value").asString()).isEqualTo("Rabat");
		assertThat(cities.get(2).path("value").isNull()).isTrue();
		assertThat(cities.get(2).path("stats").path("expiredLeads").asLong()).isEqualTo(1);
	}

	@Test
	void viewsGiveTheNumbersOfTheEndpoints() {
		// given
		JsonNode campaign = ok(api.get("/api/leads/stats/campaign/" + campaign1, merchant.token())).path("stats");
		JsonNode influencer = ok(api.get("/api/leads/stats/influencer/" + influencer1.id(), merchant.token()))
			.path("stats");
		TransactionTemplate system = new TransactionTemplate(transactionManager);
		// when
		var campaignRow = system.execute(tx -> jdbc.sql("select * from lead_campaign_stats where campaign_id = ?")
			.param(campaign1)
			.query()
			.singleRow());
		var influencerRow = system.execute(tx -> jdbc
			.sql("select * from influencer_lead_performance where influencer_id = ? and merchant_id = ?")
			.params(influencer1.id(), merchant.id())
			.query()
			.singleRow());
		// then
		assertViewRow(campaignRow, campaign, "commissions_captured", "commissions_pending");
		assertThat(text(campaignRow.get("cost_per_validated_lead"))).isEqualTo(campaign.path("costPerValidatedLead").asString());
		assertViewRow(influencerRow, influencer, "earnings", "pending_earnings");
	}

	private static void assertViewRow(java.util.Map<String, Object> row, JsonNode stats, String captured,
			String pending) {
		assertThat(((Number) row.get("total_leads")).longValue()).isEqualTo(stats.path("totalLeads").asLong());
		assertThat(((Number) row.get("pending_leads")).longValue()).isEqualTo(stats.path("pendingLeads").asLong());
		assertThat(((Number) row.get("validated_leads")).longValue()).isEqualTo(stats.path("validatedLeads").asLong());
		assertThat(((Number) row.get("rejected_leads")).longValue()).isEqualTo(stats.path("rejectedLeads").asLong());
		assertThat(((Number) row.get("expired_leads")).longValue()).isEqualTo(stats.path("expiredLeads").asLong());
		assertThat(text(row.get(captured))).isEqualTo(stats.path("commissionsCaptured").asString());
		assertThat(text(row.get(pending))).isEqualTo(stats.path("commissionsPending").asString());
		assertThat(text(row.get("validated_value"))).isEqualTo(stats.path("validatedValue").asString());
		assertThat(text(row.get("validation_rate"))).isEqualTo(stats.path("validationRate").asString());
		assertThat(text(row.get("ignored_rate"))).isEqualTo(stats.path("ignoredRate").asString());
		assertThat(((Number) row.get("median_decision_seconds")).longValue())
			.isEqualTo(stats.path("medianDecisionSeconds").asLong());
		assertThat(((Number) row.get("p90_decision_seconds")).longValue())
			.isEqualTo(stats.path("p90DecisionSeconds").asLong());
	}

	private static String text(Object decimal) {
		return decimal == null ? null : ((java.math.BigDecimal) decimal).toPlainString();
	}

	static JsonNode ok(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private static void assertDay(JsonNode day, String date, long total, long pending, long validated, long rejected,
			long expired) {
		assertThat(day.path("day").asString()).isEqualTo(date);
		assertThat(day.path("totalLeads").asLong()).isEqualTo(total);
		assertThat(day.path("pendingLeads").asLong()).isEqualTo(pending);
		assertThat(day.path("validatedLeads").asLong()).isEqualTo(validated);
		assertThat(day.path("rejectedLeads").asLong()).isEqualTo(rejected);
		assertThat(day.path("expiredLeads").asLong()).isEqualTo(expired);
	}

	static void assertStats(JsonNode stats, long total, long pending, long validated, long rejected, long expired,
			String validationRate, String ignoredRate, Long median, Long p90, String captured, String pendingAmount,
			String costPerValidated, String gmv) {
		assertThat(stats.path("totalLeads").asLong()).as("total").isEqualTo(total);
		assertThat(stats.path("pendingLeads").asLong()).as("pending").isEqualTo(pending);
		assertThat(stats.path("validatedLeads").asLong()).as("validated").isEqualTo(validated);
		assertThat(stats.path("rejectedLeads").asLong()).as("rejected").isEqualTo(rejected);
		assertThat(stats.path("expiredLeads").asLong()).as("expired").isEqualTo(expired);
		assertThat(stats.path("validationRate").asString()).as("validation rate").isEqualTo(validationRate);
		assertThat(stats.path("ignoredRate").asString()).as("ignored rate").isEqualTo(ignoredRate);
		assertThat(stats.path("medianDecisionSeconds").isNull() ? null : stats.path("medianDecisionSeconds").asLong())
			.as("median").isEqualTo(median);
		assertThat(stats.path("p90DecisionSeconds").isNull() ? null : stats.path("p90DecisionSeconds").asLong())
			.as("p90").isEqualTo(p90);
		assertThat(stats.path("commissionsCaptured").asString()).as("captured").isEqualTo(captured);
		assertThat(stats.path("commissionsPending").asString()).as("pending amount").isEqualTo(pendingAmount);
		assertThat(stats.path("costPerValidatedLead").asString()).as("cost per validated").isEqualTo(costPerValidated);
		assertThat(stats.path("validatedValue").asString()).as("GMV").isEqualTo(gmv);
	}

}
