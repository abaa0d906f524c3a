package com.shareyoursales.leads.leads;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.shareyoursales.leads.leads.Batcher.Outcome;
import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.LeadFixtures;
import com.shareyoursales.leads.support.LeadFixtures.World;
import com.shareyoursales.leads.support.MutableClock;
import com.shareyoursales.leads.support.TestActors;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.shareyoursales.leads.leads.LeadRequests.rejection;
import static com.shareyoursales.leads.leads.LeadRequests.validation;
import static com.shareyoursales.leads.support.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several decisions in one transaction: each gets the outcome it would get alone, and decisions that arrive together
 * over HTTP share a transaction.
 */
@IntegrationTest
class DecisionBatchIntegrationTests {

	@Autowired
	LeadBatch batch;

	@Autowired
	LeadFixtures fixtures;

	@Autowired
	TestActors actors;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Value("${leads.batch.threads}")
	int batchThreads;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aBatchGivesEachDecisionTheOutcomeItWouldGetAlone() {
		// given two merchants' pending leads, one of them already validated
		World first = fixtures.world("1000.00");
		World second = fixtures.world("1000.00");
		UUID validate = fixtures.submitted(first, "500");
		UUID reject = fixtures.submitted(first, "500");
		UUID decided = fixtures.submitted(first, "500");
		UUID theirs = fixtures.submitted(second, "500");
		assertThat(actors.api().put("/api/leads/" + decided + "/validate", null, first.merchant().token()).status())
			.isEqualTo(200);

		// when one batch holds: a validation, a rejection, another merchant's lead, a decided lead, the first lead
		// again, and the other merchant's own validation
		List<Outcome> outcomes = transactions.execute(status -> batch.run(List.of(
				validation(first, validate), rejection(first, reject), validation(first, theirs),
				validation(first, decided), rejection(first, validate), validation(second, theirs))));

		// then
		assertThat(outcomes.get(0).lead().status()).isEqualTo(LeadStatus.VALIDATED);
		assertThat(outcomes.get(1).lead().status()).isEqualTo(LeadStatus.REJECTED);
		assertThat(outcomes.get(1).lead().rejectionReason()).isEqualTo(RejectionReason.FAKE);
		assertThat(outcomes.get(2).refusal().code()).isEqualTo("NOT_FOUND");
		assertThat(outcomes.get(3).refusal().code()).isEqualTo("LEAD_ALREADY_DECIDED");
		assertThat(outcomes.get(4).deferred()).as("waits for the first decision's outcome").isTrue();
		assertThat(outcomes.get(5).lead().status()).isEqualTo(LeadStatus.VALIDATED);
		assertThat(statusOf(validate)).isEqualTo("VALIDATED");
		assertThat(statusOf(reject)).isEqualTo("REJECTED");
		assertThat(statusOf(theirs)).isEqualTo("VALIDATED");
		assertThat(count("select count(*) from lead_validation where lead_id in (:p)",
				List.of(validate, reject, theirs, decided))).isEqualTo(4);
		assertThat((BigDecimal) fixtures.depositRow(first.depositId()).get("balance")).isEqualByComparingTo("900.00");
		assertThat((BigDecimal) fixtures.depositRow(first.depositId()).get("reserved")).isEqualByComparingTo("0.00");
		assertThat((BigDecimal) fixtures.depositRow(second.depositId()).get("balance")).isEqualByComparingTo("950.00");
		assertThat(count("select count(*) from notifications where user_id = :p"
				+ " and type in ('LEAD_VALIDATED', 'LEAD_REJECTED')", first.influencer().id())).isEqualTo(3);
		fixtures.assertLedgerReplays();

		// and the deferred one, alone, finds the lead decided
		assertThat(transactions.execute(status -> batch.run(List.of(rejection(first, validate)))).get(0)
			.refusal()
			.code()).isEqualTo("LEAD_ALREADY_DECIDED");
	}

	@Test
	void anExpiredLeadWaitsForItsOwnTransactionWhereItsExpiryCommits() {
		// given a lead past its expiry and a fresh one
		World world = fixtures.world("1000.00");
		UUID expired = fixtures.submitted(world, "500");
		clock.advance(Duration.ofHours(72).plusSeconds(1));
		UUID fresh = fixtures.submitted(world, "500");

		// when both are validated in one batch
		List<Outcome> outcomes = transactions.execute(status -> batch.run(List.of(validation(world, expired),
				validation(world, fresh))));

		// then the fresh one is decided and the expired one left for later, untouched
		assertThat(outcomes.get(0).deferred()).isTrue();
		assertThat(outcomes.get(1).lead().status()).isEqualTo(LeadStatus.VALIDATED);
		assertThat(statusOf(expired)).isEqualTo("PENDING");

		// and alone, it is settled as expired and the decision refused
		Outcome alone = transactions.execute(status -> batch.run(List.of(validation(world, expired))).get(0));
		assertThat(alone.refusal().code()).isEqualTo("LEAD_EXPIRED");
		assertThat(statusOf(expired)).isEqualTo("EXPIRED");
		fixtures.assertLedgerReplays();
	}

	@Test
	void decisionsThatArriveTogetherOverHttpShareTransactions() throws Exception {
		// given six pending leads on a deposit that another transaction holds locked
		World world = fixtures.world("5000.00");
		List<Callable<Response>> six = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			UUID lead = fixtures.submitted(world, "500");
			six.add(i % 2 == 0 ? () -> actors.api().put("/api/leads/" + lead + "/validate", null, world.merchant().token())
					: () -> actors.api().put("/api/leads/" + lead + "/reject", body("reason", "FAKE"),
							world.merchant().token()));
		}

		// when the merchant decides all six at once
		BatchProbe.Result<Response> sent = new BatchProbe(transactions, jdbc, meters)
			.whileDepositLocked(world.depositId(), six);

		// then all six are decided, in at most one transaction per batch thread (each waited on the lock with the
		// requests it had taken) and one for all the others
		assertThat(sent.results()).extracting(Response::status).containsOnly(200);
		assertThat(sent.batches()).isLessThanOrEqualTo(batchThreads + 1L);
		assertThat((BigDecimal) fixtures.depositRow(world.depositId()).get("balance")).isEqualByComparingTo("4850.00");
		assertThat((BigDecimal) fixtures.depositRow(world.depositId()).get("reserved")).isEqualByComparingTo("0.00");
		fixtures.assertLedgerReplays();
	}

	private String statusOf(UUID lead) {
		return fixtures.column("select status from leads where id = :id", Map.of("id", lead), String.class).get(0);
	}

	private long count(String sql, Object parameter) {
		return fixtures.column(sql, Map.of("p", parameter), Long.class).get(0);
	}

}
