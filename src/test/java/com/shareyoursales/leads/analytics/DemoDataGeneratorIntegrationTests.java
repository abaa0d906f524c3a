package com.shareyoursales.leads.analytics;

import com.shareyoursales.leads.analytics.internal.DemoDataGenerator;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.TestActors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static com.shareyoursales.leads.analytics.LeadStatsIntegrationTests.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** The generator's population is consistent: the ledger replays, and its accounts can use the stats. */
@IntegrationTest
class DemoDataGeneratorIntegrationTests {

	@Autowired
	DemoDataGenerator generator;

	@Autowired
	TestActors actors;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void generatesAYearOfLeadsWithAConsistentLedger() {
		// when
		DemoDataGenerator.Result result = generator.generate(new DemoDataGenerator.Request(3000, 12, 60, 7));
		// then
		assertThat(result.leads()).isBetween(2900L, 3100L);
		assertThat(result.mismatches()).isZero();
		long days = new TransactionTemplate(transactionManager).execute(tx -> jdbc.sql("""
				select count(distinct lead_business_day(l.created_at)) from leads l join users u on u.id = l.merchant_id
				 where u.email like ?""").param("merchant-" + result.tag() + "-%").query(Long.class).single());
		assertThat(days).isGreaterThan(300);
		TestActors.Actor merchant = actors.login(result.merchantEmail(1), DemoDataGenerator.PASSWORD);
		JsonNode overview = ok(actors.api().get("/api/leads/stats/overview", merchant.token()));
		assertThat(overview.path("stats").path("totalLeads").asLong()).isPositive();
		assertThat(overview.path("stats").path("validatedLeads").asLong()).isPositive();
	}

}
