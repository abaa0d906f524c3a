package com.shareyoursales.leads.leads;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import com.shareyoursales.leads.leads.Batcher.Outcome;
import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.LeadFixtures;
import com.shareyoursales.leads.support.LeadFixtures.World;
import com.shareyoursales.leads.support.TestActors;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.shareyoursales.leads.leads.LeadRequests.rejection;
import static com.shareyoursales.leads.leads.LeadRequests.submission;
import static com.shareyoursales.leads.leads.LeadRequests.validation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Submissions and decisions in one transaction: the decisions' leads are settled first and every deposit is moved
 * last, in one statement, so that what a decision frees on a deposit funds the submissions beside it.
 */
@IntegrationTest
class LeadBatchIntegrationTests {

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

	@Autowired
	ApplicationContext context;

	@Autowired
	Batcher<LeadBatch.LeadRequest> leadBatcher;

	@Value("${leads.batch.threads}")
	int batchThreads;

	@Test
	void aBatchsTransactionAsksForGenericPlansAndOthersDoNot() {
		String query = "select current_setting('plan_cache_mode')";

		String inABatch = leadBatcher.transactions().execute(status -> jdbc.sql(query).query(String.class).single());
		String elsewhere = transactions.execute(status -> jdbc.sql(query).query(String.class).single());

		// a batch's statements take its leads as arrays: planned for the arrays at hand, each run would be planned again
		assertThat(inABatch).isEqualTo("force_generic_plan");
		assertThat(elsewhere).as("other transactions keep PostgreSQL's choice").isEqualTo("auto");
	}

	@Test
	void whatADecisionReleasesFundsASubmissionOfTheSameBatch() {
		// given a deposit of 100.00 whose two pending leads reserve all of it (50.00 each)
		World world = fixtures.world("100.00");
		UUID rejected = fixtures.submitted(world, "500");
		UUID validated = fixtures.submitted(world, "500");

		// when one batch holds a submission, then the rejection of one lead and the validation of the other
		List<Outcome> outcomes = transactions.execute(status -> batch.run(List.of(submission(world),
				rejection(world, rejected), validation(world, validated))));

		// then the rejection's release funds the submission, whatever their order in the batch
		assertThat(outcomes.get(0).lead().status()).isEqualTo(LeadStatus.PENDING);
		assertThat(outcomes.get(1).lead().status()).isEqualTo(LeadStatus.REJECTED);
		assertThat(outcomes.get(2).lead().status()).isEqualTo(LeadStatus.VALIDATED);
		Map<String, Object> deposit = fixtures.depositRow(world.depositId());
		assertThat((BigDecimal) deposit.get("balance")).isEqualByComparingTo("50.00");
		assertThat((BigDecimal) deposit.get("reserved")).isEqualByComparingTo("50.00");
		assertThat(fixtures.ledger(world.depositId())).extracting(row -> row.get("type"))
			.as("the batch's movements in one statement: the decisions' before the reservation")
			.endsWith("RELEASE", "CAPTURE", "RESERVE");
		fixtures.assertLedgerReplays();
	}

	@Test
	void aBatchTellsTheUsersOfItsDecisionsAndSubmissionsInOneStatement() {
		// given a merchant with a pending lead
		World world = fixtures.world("1000.00");
		UUID pending = fixtures.submitted(world, "500");

		// when one batch validates it and takes a new lead, counting the letters' statements of its transaction
		long posts = transactions.execute(status -> {
			// the counts a backend has not reported yet (it reports when idle, at most once a second) include its
			// earlier transactions': the difference within one transaction is this one's
			long before = postLettersCalls();
			List<Outcome> outcomes = batch.run(List.of(validation(world, pending), submission(world)));
			assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.lead()).isNotNull());
			return postLettersCalls() - before;
		});

		// then one read of the recipients and one statement told both: the influencer of the decision (dashboard and
		// e-mail) and the merchant of the new lead
		assertThat(posts).isEqualTo(1);
		assertThat(fixtures.column("select type from notifications where user_id = :u and data ->> 'leadId' = :l",
				Map.of("u", world.influencer().id(), "l", pending.toString()), String.class))
			.containsExactly("LEAD_VALIDATED");
		assertThat(fixtures.column("select type from notification_deliveries where user_id = :u and type = 'LEAD_VALIDATED'",
				Map.of("u", world.influencer().id()), String.class))
			.containsExactly("LEAD_VALIDATED");
		assertThat(fixtures.column("select count(*) from notifications where user_id = :u and type = 'LEAD_SUBMITTED'",
				Map.of("u", world.merchant().id()), Long.class))
			.as("the pending lead's and the new one's").containsExactly(2L);
	}

	@Test
	void aBatchReadsNoTableBySequentialScan() {
		// given a merchant with two pending leads
		World world = fixtures.world("1000.00");
		UUID validated = fixtures.submitted(world, "500");
		UUID rejected = fixtures.submitted(world, "500");

		// when one batch, in a batch's transaction, validates one, rejects the other and takes a new lead, its
		// statements planned there: a plan is kept per connection whatever transaction made it, and this class's other
		// tests run batches in plain transactions (on tables this small a plan made there scans)
		List<String> scanned = leadBatcher.transactions().execute(status -> {
			jdbc.sql("discard plans").update();
			Map<String, Long> before = sequentialScans();
			batch.run(List.of(validation(world, validated), rejection(world, rejected), submission(world)));
			Map<String, Long> after = sequentialScans();
			return after.entrySet().stream()
				.filter(table -> table.getValue() > before.getOrDefault(table.getKey(), 0L))
				.map(Map.Entry::getKey)
				.toList();
		});

		// then every row was reached by a key: a scan would be planned at enable_seqscan's 10^10 penalty, which a
		// server with LLVM answers with ~100 ms of JIT per execution unless jit is off (TransactionLabels)
		assertThat(scanned).isEmpty();
	}

	@Test
	void batchesStopAfterTheWebServerAndBeforeTheLivePushes() {
		Map<String, SmartLifecycle> lifecycles = context.getBeansOfType(SmartLifecycle.class);
		int batches = leadBatcher.getPhase();

		// a higher phase stops first: the web server drains its requests (which still share batches), then stops,
		// then the batches stop, then the live pushes send what the last batches committed
		assertThat(batches).isLessThan(lifecycles.get("webServerGracefulShutdown").getPhase())
			.isLessThan(lifecycles.get("webServerStartStop").getPhase())
			.isGreaterThan(lifecycles.get("liveEvents").getPhase());
	}

	private Map<String, Long> sequentialScans() {
		// this transaction's own counts so far, per table
		return jdbc.sql("select relname, seq_scan from pg_stat_xact_user_tables")
			.query((row, n) -> Map.entry(row.getString(1), row.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private long postLettersCalls() {
		return jdbc.sql("select coalesce(sum(calls), 0) from pg_stat_xact_user_functions where funcname = 'post_letters'")
			.query(Long.class)
			.single();
	}

	@Test
	void aReservationRefusedInABatchUndoesItsDecisionsToo() {
		// given a deposit of 100.00 with one pending lead (50.00 reserved)
		World world = fixtures.world("100.00");
		UUID pending = fixtures.submitted(world, "500");

		// when one batch validates it (50.00 captured, 50.00 left) and holds two submissions of 50.00 each
		assertThatThrownBy(() -> transactions.execute(status -> batch.run(List.of(validation(world, pending),
				submission(world), submission(world)))))
			.isInstanceOf(Batcher.SplitBatch.class);

		// then the batch left nothing: the lead is still pending, its 50.00 still reserved, no new lead
		assertThat(fixtures.column("select status from leads where id = :id", Map.of("id", pending), String.class))
			.containsExactly("PENDING");
		assertThat(fixtures.column("select count(*) from leads where deposit_id = :id", Map.of("id", world.depositId()),
				Long.class)).containsExactly(1L);
		Map<String, Object> deposit = fixtures.depositRow(world.depositId());
		assertThat((BigDecimal) deposit.get("balance")).isEqualByComparingTo("100.00");
		assertThat((BigDecimal) deposit.get("reserved")).isEqualByComparingTo("50.00");
		fixtures.assertLedgerReplays();
	}

	@Test
	void submissionsAndDecisionsThatArriveTogetherOverHttpShareTransactions() throws Exception {
		// given a merchant with four pending leads, whose deposit another transaction holds locked
		World world = fixtures.world("5000.00");
		List<Callable<Response>> requests = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			UUID lead = fixtures.submitted(world, "500");
			requests.add(() -> actors.api().put("/api/leads/" + lead + "/validate", null, world.merchant().token()));
			requests.add(() -> fixtures.submit(world, "500"));
		}

		// when the four decisions and four new submissions arrive while it holds it
		BatchProbe.Result<Response> sent = new BatchProbe(transactions, jdbc, meters)
			.whileDepositLocked(world.depositId(), requests);

		// then all eight succeed, in at most one transaction per batch thread (each waited on the lock with the
		// requests it had taken) and one for all the others
		assertThat(sent.results()).extracting(Response::status).containsOnly(200, 201);
		assertThat(sent.results()).extracting(Response::status).filteredOn(status -> status == 201).hasSize(4);
		assertThat(sent.batches()).isLessThanOrEqualTo(batchThreads + 1L);
		Map<String, Object> deposit = fixtures.depositRow(world.depositId());
		assertThat((BigDecimal) deposit.get("balance")).isEqualByComparingTo("4800.00");
		assertThat((BigDecimal) deposit.get("reserved")).isEqualByComparingTo("200.00");
		fixtures.assertLedgerReplays();
	}

}
