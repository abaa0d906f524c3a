package com.shareyoursales.leads.scheduling;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import com.shareyoursales.leads.notifications.Channel;
import com.shareyoursales.leads.notifications.ChannelIntegrationTest;
import com.shareyoursales.leads.notifications.Outboxes;
import com.shareyoursales.leads.notifications.TestChannels;
import com.shareyoursales.leads.shared.BusinessTime;
import com.shareyoursales.leads.support.ApiClient;
import com.shareyoursales.leads.support.LeadFixtures;
import com.shareyoursales.leads.support.MutableClock;
import com.shareyoursales.leads.support.TestActors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The jobs through the admin API: what they do, that a second run changes nothing, and their history. */
@ChannelIntegrationTest
class JobsIntegrationTests {

	@Autowired
	TestActors actors;

	@Autowired
	LeadFixtures leads;

	@Autowired
	Outboxes outboxes;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void expirySweepExpiresALeadOnlyAfter72HoursAndTellsTheInfluencer() {
		// given a lead submitted now (the merchant is told at once)
		LeadFixtures.World world = leads.world("1000.00");
		UUID lead = leads.submitted(world, "500.00");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> outboxes.dashboard(world.merchant().id(), "LEAD_SUBMITTED") == 1);

		// when the sweep runs at T+72h-1s (T as the lead recorded it)
		java.time.Instant expiresAt = java.time.Instant.parse(actors.api()
			.get("/api/leads/" + lead, world.merchant().token())
			.json()
			.path("expiresAt")
			.asString());
		assertThat(Duration.between(java.time.Instant.parse(actors.api()
			.get("/api/leads/" + lead, world.merchant().token())
			.json()
			.path("createdAt")
			.asString()), expiresAt)).isEqualTo(Duration.ofHours(72));
		clock.advance(Duration.between(clock.instant(), expiresAt).minusSeconds(1));
		run("expire-leads");
		// then the lead is still pending
		assertThat(status(world, lead)).isEqualTo("PENDING");

		// when it runs after T+72h
		clock.advance(Duration.ofSeconds(1).plusMillis(1));
		JsonNode first = run("expire-leads");
		// then the lead expired and the influencer was told, on the dashboard and by e-mail
		assertThat(first.path("counts").path("expired").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(status(world, lead)).isEqualTo("EXPIRED");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> outboxes.channels(world.influencer().id(), "LEAD_EXPIRED")
				.equals(EnumSet.of(Channel.DASHBOARD, Channel.EMAIL)));

		// and a second run changes nothing
		JsonNode second = run("expire-leads");
		assertThat(second.path("counts").path("expired").asInt()).isZero();
		assertThat(status(world, lead)).isEqualTo("EXPIRED");
	}

	@Test
	void dailyReportIsSentOnceToAdminsAndReportRecipients() {
		// when the report job runs twice
		JsonNode first = run("daily-report");
		JsonNode second = run("daily-report");

		// then the extra recipient received yesterday's report once; the second run queued nothing
		LocalDate yesterday = BusinessTime.today(clock).minusDays(1);
		String subject = "Rapport du "
				+ DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.FRANCE).format(yesterday);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> Outboxes.mailsTo(TestChannels.REPORT_TO)
				.stream()
				.anyMatch(mail -> subject(mail).equals(subject)));
		assertThat(Outboxes.mailsTo(TestChannels.REPORT_TO)).filteredOn(mail -> subject(mail).equals(subject))
			.hasSize(1);
		assertThat(Outboxes.parts(Outboxes.mailsTo(TestChannels.REPORT_TO).get(0)).get("text/plain"))
			.contains("Leads reçus").contains("Commissions encaissées").contains("Dépôts à risque");
		assertThat(first.path("counts").path("reports").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(second.path("counts").path("reports").asInt()).isZero();
		// and the admin has it on the dashboard too
		assertThat(outboxes.dashboard(actors.admin().id(), "DAILY_REPORT")).isEqualTo(1);
	}

	@Test
	void depositCheckTwiceChangesNothingTheSecondTime() {
		run("deposit-check");
		JsonNode second = run("deposit-check");
		assertThat(second.path("counts").path("alerts").asInt()).isZero();
		assertThat(second.path("counts").path("reminders").asInt()).isZero();
	}

	@Test
	void listsTheRunHistoryNewestFirst() {
		// given a run
		JsonNode run = run("deposit-check");

		// when an admin lists the runs
		ApiClient.Response history = actors.api().get("/api/admin/jobs?job=deposit-check", actors.admin().token());

		// then the run is there, with its start, end, outcome and counts
		assertThat(history.status()).isEqualTo(200);
		JsonNode latest = history.json().get(0);
		assertThat(latest.path("id").asLong()).isEqualTo(run.path("id").asLong());
		assertThat(latest.path("job").asString()).isEqualTo("deposit-check");
		assertThat(latest.path("trigger").asString()).isEqualTo("ADMIN");
		assertThat(latest.path("outcome").asString()).isEqualTo("SUCCEEDED");
		assertThat(latest.path("startedAt").asString()).isNotBlank();
		assertThat(latest.path("finishedAt").asString()).isNotBlank();
		assertThat(latest.path("counts").has("deposits")).isTrue();
	}

	@Test
	void onlyAdminsRunJobsAndOnlyKnownOnes() {
		assertThat(actors.api().post("/api/admin/jobs/deposit-check/run", null, actors.merchant().token()).status())
			.isEqualTo(403);
		ApiClient.Response unknown = actors.api().post("/api/admin/jobs/format-disk/run", null, actors.admin().token());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(actors.api().get("/api/admin/jobs", actors.influencer().token()).status()).isEqualTo(403);
	}

	private JsonNode run(String job) {
		ApiClient.Response response = actors.api().post("/api/admin/jobs/" + job + "/run", null, actors.admin().token());
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().path("outcome").asString()).as(response.toString()).isEqualTo("SUCCEEDED");
		return response.json();
	}

	private String status(LeadFixtures.World world, UUID lead) {
		return actors.api().get("/api/leads/" + lead, world.merchant().token()).json().path("status").asString();
	}

	private static String subject(jakarta.mail.internet.MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
