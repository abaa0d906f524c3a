package com.shareyoursales.leads.leads;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.LeadFixtures;
import com.shareyoursales.leads.support.LeadFixtures.World;
import com.shareyoursales.leads.support.TestActors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.shareyoursales.leads.support.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

/** Many influencers at once, merchants clicking twice: row locks keep the money exact. */
@IntegrationTest
class LeadConcurrencyIntegrationTests {

	@Autowired
	TestActors actors;

	@Autowired
	LeadFixtures fixtures;

	@Test
	void twoHundredConcurrentSubmissionsAcceptExactlyWhatTheDepositCanFund() throws Exception {
		// given a deposit that funds exactly 37 commissions of 50.00
		World world = fixtures.world("1850.00");
		List<Callable<Response>> submissions = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			submissions.add(() -> fixtures.submit(world, "500"));
		}

		// when
		List<Response> responses = runAll(submissions, 32);

		// then
		Map<Integer, Long> byStatus = responses.stream().collect(Collectors.groupingBy(Response::status, Collectors.counting()));
		assertThat(byStatus).containsEntry(201, 37L);
		assertThat(responses.stream().filter(r -> r.status() != 201).map(Response::code))
			.allMatch(code -> code.equals("INSUFFICIENT_DEPOSIT") || code.equals("DEPOSIT_DEPLETED"));
		Map<String, Object> deposit = fixtures.depositRow(world.depositId());
		assertThat((BigDecimal) deposit.get("available")).isEqualByComparingTo("0.00");
		assertThat((BigDecimal) deposit.get("reserved")).isEqualByComparingTo("1850.00");
		fixtures.assertLedgerReplays();
	}

	@Test
	void concurrentValidateAndRejectOfOneLeadLetExactlyOneWin() throws Exception {
		World world = fixtures.world("1000.00");
		for (int round = 0; round < 10; round++) {
			UUID lead = fixtures.submitted(world, "500");
			List<Response> responses = runAll(List.of(
					() -> actors.api().put("/api/leads/" + lead + "/validate", null, world.merchant().token()),
					() -> actors.api().put("/api/leads/" + lead + "/reject", body("reason", "FAKE"), world.merchant().token()),
					() -> actors.api().put("/api/leads/" + lead + "/validate", null, world.merchant().token())), 3);
			assertThat(responses.stream().filter(r -> r.status() == 200)).hasSize(1);
			assertThat(responses.stream().filter(r -> r.status() == 409).map(Response::code))
				.containsOnly("LEAD_ALREADY_DECIDED");
		}
		assertThat(fixtures.ledger(world.depositId()).stream()
			.filter(row -> row.get("type").equals("CAPTURE") || row.get("type").equals("RELEASE"))).hasSize(10);
		assertThat((BigDecimal) fixtures.depositRow(world.depositId()).get("reserved")).isEqualByComparingTo("0.00");
		fixtures.assertLedgerReplays();
	}

	static <T> List<T> runAll(List<Callable<T>> tasks, int threads) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<T>> futures = pool.invokeAll(tasks);
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}


}
