package com.shareyoursales.leads.deposits;

import java.util.ArrayList;
import java.util.List;

import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.LeadFixtures;
import com.shareyoursales.leads.support.LeadFixtures.World;
import com.shareyoursales.leads.support.TestActors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The five levels of SPEC "Alert levels", crossed one 5 % step at a time, boundaries included. */
@IntegrationTest
class AlertLevelIntegrationTests {

	@Autowired
	TestActors actors;

	@Autowired
	LeadFixtures fixtures;

	@Test
	void theBalanceJsonFollowsEveryLevelAndItsBoundaries() {
		// given a deposit of 1000.00 (reference 1000.00) and leads of 50.00 commission each
		World world = fixtures.world("1000.00");
		List<String> observed = new ArrayList<>();

		// when 20 leads reserve 5 % each
		observed.add(level(world));
		for (int lead = 1; lead <= 20; lead++) {
			fixtures.submitted(world, "500");
			observed.add(level(world));
		}

		// then: >50 % HEALTHY, exactly 50 % ATTENTION, exactly 20 % WARNING, exactly 10 % CRITICAL, 0 DEPLETED
		assertThat(observed.get(0)).isEqualTo("100.0 HEALTHY false");
		assertThat(observed.get(9)).isEqualTo("55.0 HEALTHY false");
		assertThat(observed.get(10)).isEqualTo("50.0 ATTENTION false");
		assertThat(observed.get(15)).isEqualTo("25.0 ATTENTION false");
		assertThat(observed.get(16)).isEqualTo("20.0 WARNING false");
		assertThat(observed.get(17)).isEqualTo("15.0 WARNING false");
		assertThat(observed.get(18)).isEqualTo("10.0 CRITICAL false");
		assertThat(observed.get(19)).isEqualTo("5.0 CRITICAL false");
		assertThat(observed.get(20)).isEqualTo("0.0 DEPLETED true");
		assertThat(fixtures.submit(world, "500").code()).isEqualTo("DEPOSIT_DEPLETED");

		Response low = actors.api().get("/api/leads/deposits/low-balance", world.merchant().token());
		assertThat(low.json().get(0).path("depositId").asString()).isEqualTo(world.depositId().toString());
		fixtures.assertLedgerReplays();
	}

	@Test
	void aCreditResetsTheReferenceAndLiftsTheBlock() {
		World world = fixtures.world("100.00");
		fixtures.submitted(world, "500");
		fixtures.submitted(world, "500");
		assertThat(level(world)).isEqualTo("0.0 DEPLETED true");

		fixtures.fund(world.merchant(), null, "300.00");

		Response balance = actors.api().get("/api/leads/deposits/balance?depositId=" + world.depositId(),
				world.merchant().token());
		var deposit = balance.json().get(0);
		assertThat(deposit.path("balance").asString()).isEqualTo("400.00");
		assertThat(deposit.path("reserved").asString()).isEqualTo("100.00");
		assertThat(deposit.path("available").asString()).isEqualTo("300.00");
		assertThat(deposit.path("referenceAmount").asString()).isEqualTo("300.00");
		assertThat(level(world)).isEqualTo("100.0 HEALTHY false");
		assertThat(fixtures.submit(world, "500").status()).isEqualTo(201);
		fixtures.assertLedgerReplays();
	}

	@Test
	void showsTheAdminWhoseDepositsAreAtRiskAndAMerchantOnlyItsOwn() {
		// given two merchants whose deposits fall to WARNING (10.00 of 60.00 left after one 50.00 commission)
		World first = fixtures.world("60.00");
		World second = fixtures.world("60.00");
		fixtures.submitted(first, "500");
		fixtures.submitted(second, "500");

		// when
		JsonNode forAdmin = actors.api().get("/api/leads/deposits/low-balance", actors.admin().token()).json();
		JsonNode forFirst = actors.api().get("/api/leads/deposits/low-balance", first.merchant().token()).json();

		// then the admin sees each deposit with its merchant's company name
		assertThat(atRisk(forAdmin, first).path("merchantName").asString()).isEqualTo(companyName(first));
		assertThat(atRisk(forAdmin, second).path("merchantName").asString()).isEqualTo(companyName(second));
		assertThat(atRisk(forAdmin, first).path("alertLevel").asString()).isEqualTo("WARNING");
		// and a merchant only its own deposits, with its own name
		assertThat(forFirst.valueStream().map(deposit -> deposit.path("merchantName").asString()).distinct())
			.containsExactly(companyName(first));
		assertThat(forFirst.valueStream().map(deposit -> deposit.path("depositId").asString()))
			.contains(first.depositId().toString())
			.doesNotContain(second.depositId().toString());
	}

	private static JsonNode atRisk(JsonNode deposits, World world) {
		return deposits.valueStream()
			.filter(deposit -> deposit.path("depositId").asString().equals(world.depositId().toString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("deposit " + world.depositId() + " not at risk: " + deposits));
	}

	private String companyName(World world) {
		return actors.api().get("/api/auth/me", world.merchant().token()).json().path("companyName").asString();
	}

	private String level(World world) {
		var deposit = actors.api()
			.get("/api/leads/deposits/balance?depositId=" + world.depositId(), world.merchant().token())
			.json()
			.get(0);
		return deposit.path("percentage").asString() + " " + deposit.path("alertLevel").asString() + " "
				+ deposit.path("blocked").asBoolean();
	}

}
