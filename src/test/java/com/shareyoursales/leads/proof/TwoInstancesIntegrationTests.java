package com.shareyoursales.leads.proof;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.LoadDriver;
import com.shareyoursales.leads.support.Population;
import com.shareyoursales.leads.support.Population.Merchant;
import com.shareyoursales.leads.support.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.shareyoursales.leads.support.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two service processes on one PostgreSQL, as behind a load balancer: load through both keeps the money invariants,
 * a job started on both at once runs on one at a time (ShedLock), and a merchant connected to instance A sees live a
 * lead submitted on instance B (PostgreSQL LISTEN/NOTIFY).
 */
class TwoInstancesIntegrationTests {

	@TempDir
	Path tmp;

	@Test
	void twoInstancesShareOneDatabaseSafely() throws Exception {
		// given instance A with its embedded PostgreSQL, and instance B using A's database by URL
		try (ServiceProcess a = ServiceProcess.start(tmp.resolve("a"), null)) {
			long port = ServiceProcess.postmaster(tmp.resolve("a"))[1];
			try (ServiceProcess b = ServiceProcess.start(tmp.resolve("b"),
					"jdbc:postgresql://localhost:" + port + "/leads", "--spring.datasource.username=leads_app",
					"--spring.datasource.password=leads_app")) {
				Population population = Population.create(a, 3, 4, "100000.00");
				liveNotificationCrossesInstances(a, b, population.merchants().get(0));
				loadThroughBothKeepsTheInvariants(a, b, population);
				jobStartedOnBothRunsOnOneAtATime(a, b, population.adminToken());
			}
		}
	}

	private void liveNotificationCrossesInstances(ServiceProcess a, ServiceProcess b, Merchant merchant)
			throws Exception {
		// when the merchant listens on A and an influencer submits a lead on B
		List<String> received = new CopyOnWriteArrayList<>();
		HttpClient http = HttpClient.newHttpClient();
		CompletableFuture<HttpResponse<java.io.InputStream>> stream = http.sendAsync(
				HttpRequest.newBuilder(URI.create(a.baseUrl() + "/api/notifications/stream?access_token=" + merchant.token()))
					.header("Accept", "text/event-stream")
					.build(),
				HttpResponse.BodyHandlers.ofInputStream());
		AtomicBoolean open = new AtomicBoolean(true);
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(stream.get().body(), StandardCharsets.UTF_8))) {
				String line;
				while (open.get() && (line = lines.readLine()) != null) {
					received.add(line);
				}
			}
			catch (Exception ex) {
				// the stream is closed at the end of the test
			}
		});
		reader.setDaemon(true);
		reader.start();
		assertThat(stream.get(20, java.util.concurrent.TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		Response submitted = b.api().post("/api/leads/create", body("campaignId", merchant.campaignId(), "customerName",
				"Client Live", "customerPhone", "0661234567", "city", "Rabat", "serviceValue", "500", "source",
				"TIKTOK", "consent", true), merchant.influencers().get(0).token());
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
		String leadId = submitted.json().path("id").asString();

		// then A pushes it to the merchant, and the deposit's balance that A reads when it delivers the push
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(received).as("events on A").anyMatch(line -> line.contains(leadId)));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(received).as("events on A")
				.anyMatch(line -> line.contains("\"depositId\":\"" + merchant.depositId() + "\"")));
		open.set(false);
		stream.cancel(true);
	}

	private void loadThroughBothKeepsTheInvariants(ServiceProcess a, ServiceProcess b, Population population)
			throws Exception {
		// when 8 clients, half on each instance, submit, decide and recharge on the same deposits
		LoadDriver driver = new LoadDriver(List.of(a.baseUrl(), b.baseUrl()), population.merchants(),
				population.adminToken());
		driver.run(8, Duration.ofSeconds(15), new AtomicBoolean());

		// then
		assertThat(driver.acknowledged()).isGreaterThan(20);
		assertThat(driver.outcomes().keySet()).noneMatch(outcome -> outcome.endsWith(" 500"));
		try (Connection db = a.superuser()) {
			CrashSafetyIntegrationTests.assertInvariants(db);
		}
	}

	private void jobStartedOnBothRunsOnOneAtATime(ServiceProcess a, ServiceProcess b, String admin) throws Exception {
		// when both instances are asked to run each job at the same moment, several times
		List<CompletableFuture<Response>> calls = new ArrayList<>();
		for (int round = 0; round < 3; round++) {
			for (String job : List.of("expire-leads", "deposit-check", "daily-report")) {
				calls.add(CompletableFuture.supplyAsync(() -> a.api().post("/api/admin/jobs/" + job + "/run", null, admin)));
				calls.add(CompletableFuture.supplyAsync(() -> b.api().post("/api/admin/jobs/" + job + "/run", null, admin)));
			}
			for (CompletableFuture<Response> call : calls) {
				assertThat(call.get().status()).as(call.get().toString()).isIn(200, 409);
			}
		}

		// then no two runs of one job ever overlapped, whichever instance ran them
		try (Connection db = a.superuser()) {
			assertThat(CrashSafetyIntegrationTests.count(db, "select count(*) from job_runs")).isPositive();
			assertThat(CrashSafetyIntegrationTests.count(db, """
					select count(*) from job_runs x join job_runs y on x.job = y.job and x.id < y.id
					 where x.started_at < coalesce(y.finished_at, now()) and y.started_at < coalesce(x.finished_at, now())"""))
				.as("overlapping runs of the same job").isZero();
			assertThat(CrashSafetyIntegrationTests.count(db, "select count(*) from job_runs where outcome <> 'SUCCEEDED'"))
				.isZero();
		}
	}

}
