package com.shareyoursales.leads.leads;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.shareyoursales.leads.leads.Batcher.Outcome;
import com.shareyoursales.leads.leads.IntakeBatch.Submission;
import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.LeadFixtures;
import com.shareyoursales.leads.support.LeadFixtures.World;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.shareyoursales.leads.leads.LeadRequests.e164;
import static com.shareyoursales.leads.leads.LeadRequests.submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Several submissions in one intake transaction: each gets the outcome it would get alone, and submissions that
 * arrive together over HTTP share a transaction.
 */
@IntegrationTest
class IntakeBatchIntegrationTests {

	@Autowired
	LeadBatch batch;

	@Autowired
	LeadFixtures fixtures;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Value("${leads.batch.threads}")
	int batchThreads;

	@Test
	void aBatchGivesEachSubmissionTheOutcomeItWouldGetAlone() {
		// given two merchants, and a phone already submitted to the first one
		World first = fixtures.world("1000.00");
		World second = fixtures.world("1000.00");
		UUID stored = fixtures.submitted(first, "500");
		String storedPhone = fixtures.column("select customer_phone from leads where id = :id", Map.of("id", stored),
				String.class).get(0);
		String phone = e164(LeadFixtures.newPhone());

		// when one batch holds: a new lead, an unknown campaign, a duplicate, the new lead's phone again to the
		// same merchant, and that phone to the other merchant
		List<Outcome> outcomes = transactions.execute(status -> batch.run(List.of(
				submission(first, phone), submission(first, UUID.randomUUID(), e164(LeadFixtures.newPhone())),
				submission(first, storedPhone), submission(first, phone), submission(second, phone))));

		// then
		assertThat(outcomes.get(0).lead()).isNotNull();
		assertThat(outcomes.get(1).refusal().code()).isEqualTo("NOT_FOUND");
		assertThat(outcomes.get(2).refusal().code()).isEqualTo("DUPLICATE_LEAD");
		assertThat(outcomes.get(3).deferred()).as("waits for the first one's outcome").isTrue();
		assertThat(outcomes.get(4).lead()).isNotNull();
		assertThat(outcomes.get(0).lead().merchantId()).isEqualTo(first.merchant().id());
		assertThat(outcomes.get(4).lead().merchantId()).isEqualTo(second.merchant().id());
		assertThat(outcomes.get(0).lead().campaignName()).isNotBlank();
		assertThat(leadsWithPhone(phone)).containsExactlyInAnyOrder(outcomes.get(0).lead().id(),
				outcomes.get(4).lead().id());
		assertThat((BigDecimal) fixtures.depositRow(first.depositId()).get("reserved")).isEqualByComparingTo("100.00");
		assertThat((BigDecimal) fixtures.depositRow(second.depositId()).get("reserved")).isEqualByComparingTo("50.00");
		assertThat(notificationsOf(first.merchant().id(), outcomes.get(0).lead().id())).isEqualTo(1);
		assertThat(notificationsOf(second.merchant().id(), outcomes.get(4).lead().id())).isEqualTo(1);
		fixtures.assertLedgerReplays();

		// and the deferred one, alone, is the duplicate it is
		assertThatThrownBy(() -> transactions.execute(status -> batch.run(List.of(submission(first, phone)))).get(0)
			.leadOrThrow())
			.hasFieldOrPropertyWithValue("code", "DUPLICATE_LEAD");
	}

	@Test
	void aReservationRefusedInABatchUndoesTheWholeBatchForEachToRunAlone() {
		// given a deposit that funds two commissions of 50.00
		World world = fixtures.world("100.00");
		List<Submission> three = List.of(submission(world), submission(world), submission(world));

		// when the three arrive in one batch
		assertThatThrownBy(() -> transactions.execute(status -> batch.run(three)))
			.isInstanceOf(Batcher.SplitBatch.class);

		// then nothing of them stayed: no lead, nothing reserved, no notification
		assertThat(count("select count(*) from leads where deposit_id = :id", world.depositId())).isZero();
		assertThat((BigDecimal) fixtures.depositRow(world.depositId()).get("reserved")).isEqualByComparingTo("0.00");
		assertThat(count("select count(*) from notifications where user_id = :id and type = 'LEAD_SUBMITTED'",
				world.merchant().id())).isZero();

		// and alone, two pass and the third is refused
		List<String> alone = new ArrayList<>();
		for (Submission submission : three) {
			try {
				transactions.execute(status -> batch.run(List.of(submission))).get(0).leadOrThrow();
				alone.add("OK");
			}
			catch (com.shareyoursales.leads.shared.DomainException ex) {
				alone.add(ex.code());
			}
		}
		assertThat(alone).containsExactly("OK", "OK", "DEPOSIT_DEPLETED");
		fixtures.assertLedgerReplays();
	}

	@Test
	void submissionsThatArriveTogetherOverHttpShareTransactions() throws Exception {
		// given a merchant whose deposit another transaction holds locked, so that the first batch waits on it
		World world = fixtures.world("5000.00");
		List<Callable<Response>> ten = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			ten.add(() -> fixtures.submit(world, "500"));
		}

		// when ten submissions arrive while it holds it
		BatchProbe.Result<Response> sent = new BatchProbe(transactions, jdbc, meters)
			.whileDepositLocked(world.depositId(), ten);

		// then all ten are accepted, in at most one transaction per batch thread (each waited on the lock with the
		// requests it had taken) and one for all the others
		assertThat(sent.results()).extracting(Response::status).containsOnly(201);
		assertThat(sent.batches()).isLessThanOrEqualTo(batchThreads + 1L);
		assertThat((BigDecimal) fixtures.depositRow(world.depositId()).get("reserved")).isEqualByComparingTo("500.00");
		fixtures.assertLedgerReplays();
	}

	private long count(String sql, UUID id) {
		return fixtures.column(sql, Map.of("id", id), Long.class).get(0);
	}

	private List<UUID> leadsWithPhone(String phone) {
		return fixtures.column("select id from leads where customer_phone = :p", Map.of("p", phone), UUID.class);
	}

	private long notificationsOf(UUID userId, UUID leadId) {
		return count("select count(*) from notifications where user_id = :id and type = 'LEAD_SUBMITTED'"
				+ " and data ->> 'leadId' = '" + leadId + "'", userId);
	}

}
