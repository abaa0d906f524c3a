package com.shareyoursales.leads.notifications;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import com.shareyoursales.leads.LeadsApplication;
import com.shareyoursales.leads.scheduling.JobName;
import com.shareyoursales.leads.scheduling.JobRun;
import com.shareyoursales.leads.scheduling.internal.JobRunner;
import com.shareyoursales.leads.support.TestActors;
import com.shareyoursales.leads.support.TestActors.Actor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A second instance of the service on the same database (a second Spring context in this JVM): a restart replays the
 * events that were not marked complete and sends nothing twice; each job runs once across the two instances.
 */
@ChannelIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIntegrationTests {

	private static ConfigurableApplicationContext second;

	@Autowired
	TestActors actors;

	@Autowired
	DepositFixtures deposits;

	@Autowired
	Outboxes outboxes;

	@Autowired
	JobRunner runner;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@AfterAll
	static void stopSecondInstance() {
		if (second != null) {
			second.close();
		}
	}

	@Test
	@Order(1)
	void aRestartThatReplaysEveryEventSendsNothingTwice() {
		// given a merchant told of WARNING by e-mail, and of its credit
		Actor merchant = actors.merchant();
		UUID deposit = deposits.fundedDeposit(merchant.id(), "1000.00");
		outboxes.adjust(deposit, "-850.00");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> outboxes.channels(merchant.id(), "DEPOSIT_WARNING").equals(EnumSet.of(Channel.EMAIL,
					Channel.DASHBOARD)) && outboxes.allSettled(merchant.id(), "DEPOSIT_WARNING")
					&& outboxes.allSettled(merchant.id(), "DEPOSIT_CREDITED"));
		int mails = Outboxes.mailsTo(merchant.email()).size();
		assertThat(mails).isEqualTo(2);

		// when the events are left incomplete (as after a crash) and an instance starts and republishes them
		int replayed = transactions.execute(status -> jdbc.sql("""
				update event_publication set completion_date = null, status = 'PUBLISHED'
				 where serialized_event like :merchant""")
			.param("merchant", "%" + merchant.id() + "%")
			.update());
		assertThat(replayed).isGreaterThanOrEqualTo(3);
		second = new SpringApplicationBuilder(LeadsApplication.class).initializers(new TestChannels())
			.properties("server.port=0")
			.run();

		// then the replays complete, and nothing new was written or sent
		await().atMost(Duration.ofSeconds(30)).until(() -> outboxes.incompletePublications(merchant.id()) == 0);
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
		assertThat(outboxes.dashboard(merchant.id(), "DEPOSIT_WARNING")).isEqualTo(1);
		assertThat(outboxes.dashboard(merchant.id(), "DEPOSIT_CREDITED")).isEqualTo(1);
		assertThat(outboxes.deliveries(merchant.id(), "DEPOSIT_WARNING")).hasSize(1);
		assertThat(Outboxes.mailsTo(merchant.email())).hasSize(mails);
	}

	@Test
	@Order(2)
	void eachJobRunsOnceAcrossTwoInstances() throws Exception {
		JobRunner secondRunner = second.getBean(JobRunner.class);
		try {
			for (JobName job : JobName.values()) {
				// given both instances' schedulers fire the job at the same time
				long before = scheduledRuns(job);
				CountDownLatch start = new CountDownLatch(1);
				List<CompletableFuture<Optional<JobRun>>> runs = new ArrayList<>();
				for (JobRunner instance : List.of(runner, secondRunner)) {
					runs.add(CompletableFuture.supplyAsync(() -> {
						awaitStart(start);
						return instance.run(job, JobRunner.Trigger.SCHEDULE);
					}));
				}
				start.countDown();

				// then one of them ran it, and one run is recorded
				long ran = runs.stream().map(CompletableFuture::join).filter(Optional::isPresent).count();
				assertThat(ran).as(job.id()).isEqualTo(1);
				assertThat(scheduledRuns(job) - before).as(job.id()).isEqualTo(1);

				// and a late firing of the same occurrence on the other instance is refused too
				assertThat(secondRunner.run(job, JobRunner.Trigger.SCHEDULE)).as(job.id()).isEmpty();
			}
		}
		finally {
			// scheduled runs hold their lock a minute; let the other tests' admin runs start at once
			transactions.executeWithoutResult(status -> jdbc
				.sql("update shedlock set lock_until = locked_at where name like 'job-%'")
				.update());
		}
	}

	private long scheduledRuns(JobName job) {
		return transactions.execute(status -> jdbc
			.sql("select count(*) from job_runs where job = :job and trigger = 'SCHEDULE'")
			.param("job", job.id())
			.query(Long.class)
			.single());
	}

	private static void awaitStart(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
