package com.shareyoursales.leads.leads;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.LeadFixtures;
import com.shareyoursales.leads.support.LeadFixtures.World;
import com.shareyoursales.leads.support.TestActors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LeadExportIntegrationTests {

	@Autowired
	TestActors actors;

	@Autowired
	LeadFixtures fixtures;

	@Test
	void exportsTheFilteredLeadsAsExcelFriendlyCsvWithoutFormulaInjection() {
		// given an Arabic name and a name that a spreadsheet would run as a formula
		World world = fixtures.world("1000.00");
		Map<String, Object> arabic = fixtures.lead(world.campaignId(), "500");
		arabic.put("customerName", "فاطمة الزهراء");
		Map<String, Object> formula = fixtures.lead(world.campaignId(), "300");
		formula.put("customerName", "=HYPERLINK(\"http://evil\";\"x\")");
		formula.put("city", "@SUM(A1)");
		assertThat(actors.api().post("/api/leads/create", arabic, world.influencer().token()).status()).isEqualTo(201);
		assertThat(actors.api().post("/api/leads/create", formula, world.influencer().token()).status()).isEqualTo(201);
		fixtures.world("1000.00"); // another merchant's world, which must not leak into the export

		// when
		Response csv = actors.api().get("/api/leads/merchant/export.csv?separator=;&sort=serviceValue,desc",
				world.merchant().token());

		// then
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.body()).startsWith("\uFEFF");
		String[] lines = csv.body().substring(1).split("\r\n");
		assertThat(lines).hasSize(3);
		assertThat(lines[0]).startsWith("id;createdAt;campaign;influencer;customerName;customerPhone");
		assertThat(lines[1]).contains(";فاطمة الزهراء;").contains(";500.00;50.00;INSTAGRAM;PENDING;");
		assertThat(lines[2]).contains("'=HYPERLINK").contains(";'@SUM(A1);").contains(";'+2126");
		assertThat(csv.body().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(csv.body().length());

		Response filtered = actors.api().get("/api/leads/merchant/export.csv?status=VALIDATED", world.merchant().token());
		assertThat(filtered.body().substring(1).split("\r\n")).hasSize(1);
		assertThat(actors.api().get("/api/leads/merchant/export.csv?separator=%7C", world.merchant().token()).status())
			.isEqualTo(400);
		assertThat(actors.api().get("/api/leads/merchant/export.csv", world.influencer().token()).status()).isEqualTo(403);
	}

}
