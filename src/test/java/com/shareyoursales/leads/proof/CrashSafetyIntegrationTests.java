package com.shareyoursales.leads.proof;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import com.shareyoursales.leads.support.LoadDriver;
import com.shareyoursales.leads.support.LoadDriver.Ack;
import com.shareyoursales.leads.support.Population;
import com.shareyoursales.leads.support.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kills the service with SIGKILL in the middle of concurrent submissions and decisions, five times, and restarts it
 * on the same durable data each time (the service stops the PostgreSQL its killed predecessor left running; at every
 * second kill point PostgreSQL is SIGKILLed too and recovers from its WAL). After
 * every restart: each acknowledged request is stored, the ledger replays, no deposit is negative, no lead is
 * settled twice, no payment credited twice, and the event publications left pending are completed.
 */
class CrashSafetyIntegrationTests {

	private static final int KILL_POINTS = 5;

	@TempDir
	Path tmp;

	@Test
	void acknowledgedWorkSurvivesSigkillAtFiveKillPoints() throws Exception {
		// given a durable service with three merchants and their influencers
		Path data = tmp.resolve("data");
		ServiceProcess service = ServiceProcess.start(data, null);
		Population population = Population.create(service, 3, 4, "100000.00");
		List<Ack> acknowledged = new ArrayList<>();

		for (int killPoint = 1; killPoint <= KILL_POINTS; killPoint++) {
			// when clients are mid-flight and the process is SIGKILLed
			LoadDriver driver = new LoadDriver(service.baseUrl(), population.merchants(), population.adminToken());
			AtomicBoolean stop = new AtomicBoolean();
			Thread load = new Thread(() -> {
				try {
					driver.run(8, Duration.ofMinutes(1), stop);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
			load.start();
			// kill somewhere after the first acknowledgements, at a random moment
			await().atMost(Duration.ofSeconds(45)).until(() -> driver.acknowledged() >= 10);
			Thread.sleep(ThreadLocalRandom.current().nextInt(1500));
			long orphan = ServiceProcess.postmaster(data)[0];
			service.kill();
			if (killPoint % 2 == 0) {
				// PostgreSQL dies too, as in a power cut: what sat only in its WAL buffers (listener transactions
				// commit without waiting for the flush) is lost, and the restart must republish it
				killWithChildren(orphan);
			}
			stop.set(true);
			load.join();
			acknowledged.addAll(driver.acks());
			assertThat(driver.acks()).as("work acknowledged before kill point %d: %s", killPoint, driver.outcomes())
				.isNotEmpty();

			// then a restart on the same data finds everything acknowledged and the invariants intact
			service = ServiceProcess.start(data, null);
			assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
				.as("orphaned postmaster stopped").isFalse();
			assertThat(ServiceProcess.postmaster(data)[0]).isNotEqualTo(orphan);
			try (Connection db = service.superuser()) {
				assertAcknowledgedWorkStored(db, acknowledged);
				assertInvariants(db);
				await().atMost(Duration.ofSeconds(60))
					.untilAsserted(() -> assertThat(count(db,
							"select count(*) from event_publication where completion_date is null"))
						.as("event publications still pending after restart").isZero());
				assertThat(count(db, """
						select count(*) from leads l where not exists (select 1 from notifications n
						  where n.dedupe_key = 'lead-submitted:' || l.id || ':' || l.merchant_id)"""))
					.as("leads whose merchant was not notified").isZero();
			}
		}
		service.close();
		assertThat(Files.exists(data.resolve("pg").resolve("postmaster.pid"))).as("graceful stop stops PostgreSQL")
			.isFalse();
	}

	/** SIGKILL to the postmaster first (it would restart its children), then to every backend it left. */
	private static void killWithChildren(long postmasterPid) {
		ProcessHandle.of(postmasterPid).ifPresent(postmaster -> {
			List<ProcessHandle> backends = postmaster.descendants().toList();
			postmaster.destroyForcibly();
			backends.forEach(ProcessHandle::destroyForcibly);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> !postmaster.isAlive() && backends.stream().noneMatch(ProcessHandle::isAlive));
		});
	}

	private static void assertAcknowledgedWorkStored(Connection db, List<Ack> acknowledged) throws SQLException {
		Map<UUID, String> status = new HashMap<>();
		try (PreparedStatement statement = db.prepareStatement("select id, status from leads");
				ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				status.put(rs.getObject(1, UUID.class), rs.getString(2));
			}
		}
		Map<UUID, Long> credits = new HashMap<>();
		try (PreparedStatement statement = db.prepareStatement("""
				select p.id, count(t.id) from payments p left join deposit_transactions t
				    on t.payment_id = p.id and t.type = 'CREDIT' where p.status = 'SUCCEEDED' group by p.id""");
				ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				credits.put(rs.getObject(1, UUID.class), rs.getLong(2));
			}
		}
		for (Ack ack : acknowledged) {
			if (ack.operation().equals("CREDITED")) {
				assertThat(credits.get(ack.id())).as("confirmed payment %s credited once", ack.id()).isEqualTo(1L);
				continue;
			}
			assertThat(status).as("acknowledged %s", ack).containsKey(ack.id());
			if (!ack.operation().equals("SUBMITTED")) {
				assertThat(status.get(ack.id())).as("acknowledged %s", ack).isEqualTo(ack.operation());
			}
		}
	}

	static void assertInvariants(Connection db) throws SQLException {
		assertThat(count(db, "select count(*) from ledger_replay_mismatches")).as("ledger replay mismatches").isZero();
		assertThat(count(db, "select count(*) from company_deposits where balance - reserved < 0 or balance < 0"))
			.as("negative deposits").isZero();
		assertThat(count(db, """
				select count(*) from (select lead_id from deposit_transactions where type in ('CAPTURE', 'RELEASE')
				                       group by lead_id having count(*) > 1) settled_twice"""))
			.as("leads captured or released twice").isZero();
		assertThat(count(db, """
				select count(*) from leads l where l.status <> 'PENDING' and not exists (
				  select 1 from deposit_transactions t where t.lead_id = l.id and t.type in ('CAPTURE', 'RELEASE'))"""))
			.as("decided leads without their ledger movement").isZero();
		assertThat(count(db, """
				select count(*) from (select payment_id from deposit_transactions where type = 'CREDIT'
				                       group by payment_id having count(*) > 1) credited_twice"""))
			.as("payments credited twice").isZero();
	}

	static long count(Connection db, String sql) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
