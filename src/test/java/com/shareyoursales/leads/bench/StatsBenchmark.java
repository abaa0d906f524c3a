package com.shareyoursales.leads.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.shareyoursales.leads.LeadsApplication;
import com.shareyoursales.leads.analytics.internal.DemoDataGenerator;
import com.shareyoursales.leads.shared.BusinessTime;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: loads the generator's population at each size (default 100 000 and 1 000 000 leads) into a
 * throw-away embedded database, then times every stats endpoint over HTTP (sequential requests after a warm-up) and
 * prints p50/p95/p99 per endpoint and the p95 ratio between the largest and the smallest size.
 *
 * <pre>
 * ./mvnw -q -B -Dskip.frontend=true test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.shareyoursales.leads.bench.StatsBenchmark -Dexec.args="100000 1000000"
 * </pre>
 */
public final class StatsBenchmark {

	private static final int WARM_UP = 30;

	private static final int SAMPLES = 200;

	private static final String ADMIN_EMAIL = "admin@bench.leads.ma";

	private static final String ADMIN_PASSWORD = "bench-admin-password";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	record Timing(double p50, double p95, double p99) {
	}

	record Call(String name, String token, String path) {
	}

	private StatsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		long[] sizes = args.length == 0 ? new long[] { 100_000, 1_000_000 }
				: Arrays.stream(args).mapToLong(Long::parseLong).toArray();
		ConfigurableApplicationContext app = new SpringApplicationBuilder(LeadsApplication.class).run("--server.port=0",
				"--leads.data-dir=target/bench-data", "--leads.database.ephemeral=true",
				"--leads.database.durable=false", "--leads.admin.email=" + ADMIN_EMAIL,
				"--leads.admin.password=" + ADMIN_PASSWORD,
				"--leads.jwt.secret=bench-secret-bench-secret-bench-secret-0123456789",
				"--logging.level.root=WARN", "--logging.level.com.shareyoursales.leads.analytics=INFO");
		String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
		Map<Long, Map<String, Timing>> results = new LinkedHashMap<>();
		Map<Long, Long> loadSeconds = new LinkedHashMap<>();
		for (long size : sizes) {
			reset(app);
			DemoDataGenerator.Result data = app.getBean(DemoDataGenerator.class)
				.generate(new DemoDataGenerator.Request(size, 300, 3000, 42));
			loadSeconds.put(size, data.took().toSeconds());
			System.out.printf("loaded %d leads in %d s (ledger replay mismatches: %d)%n", data.leads(),
					data.took().toSeconds(), data.mismatches());
			results.put(size, measure(base, calls(app, base, data)));
			print(Map.of(size, results.get(size)), Map.of(size, data.took().toSeconds()));
		}
		print(results, loadSeconds);
		app.close();
		System.exit(0);
	}

	/** Empties the database (every table hangs off users) and puts the admin back. */
	private static void reset(ConfigurableApplicationContext app) {
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		new TransactionTemplate(app.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
			jdbc.sql("truncate users, lead_rollups, lead_breakdown_rollups, lead_decision_rollups, lead_rollup_queue cascade").update();
			jdbc.sql("""
					insert into users (email, password_hash, role, display_name) values (?, ?, 'ADMIN', 'Bench admin')""")
				.params(ADMIN_EMAIL, app.getBean(PasswordEncoder.class).encode(ADMIN_PASSWORD))
				.update();
		});
	}

	private static List<Call> calls(ConfigurableApplicationContext app, String base, DemoDataGenerator.Result data)
			throws Exception {
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		String admin = login(base, ADMIN_EMAIL, ADMIN_PASSWORD);
		String merchantEmail = data.merchantEmail(1);
		String merchant = login(base, merchantEmail, DemoDataGenerator.PASSWORD);
		record Ids(UUID merchant, UUID campaign, UUID deposit, UUID influencer, String influencerEmail) {
		}
		Ids ids = new TransactionTemplate(app.getBean(PlatformTransactionManager.class)).execute(tx -> {
			UUID merchantId = jdbc.sql("select id from users where email = ?").param(merchantEmail).query(UUID.class).single();
			UUID campaign = jdbc.sql("select campaign_id from leads where merchant_id = ? group by 1 order by count(*) desc limit 1")
				.param(merchantId).query(UUID.class).single();
			UUID deposit = jdbc.sql("select id from company_deposits where merchant_id = ?").param(merchantId).query(UUID.class).single();
			UUID influencer = jdbc.sql("select influencer_id from leads where merchant_id = ? group by 1 order by count(*) desc limit 1")
				.param(merchantId).query(UUID.class).single();
			String email = jdbc.sql("select email from users where id = ?").param(influencer).query(String.class).single();
			return new Ids(merchantId, campaign, deposit, influencer, email);
		});
		String influencer = login(base, ids.influencerEmail(), DemoDataGenerator.PASSWORD);
		LocalDate today = BusinessTime.today(Clock.systemUTC());
		String year = "from=" + today.minusDays(364) + "&to=" + today;
		String quarter = "from=" + today.minusDays(89) + "&to=" + today;
		return List.of(new Call("overview (merchant, 1 year)", merchant, "/api/leads/stats/overview?" + year),
				new Call("overview (admin, 1 year)", admin, "/api/leads/stats/overview?" + year),
				new Call("campaign/{id} (merchant, all time)", merchant, "/api/leads/stats/campaign/" + ids.campaign()),
				new Call("influencer/{id} (itself, 1 year)", influencer,
						"/api/leads/stats/influencer/" + ids.influencer() + "?" + year),
				new Call("influencer/{id} (merchant, 1 year)", merchant,
						"/api/leads/stats/influencer/" + ids.influencer() + "?" + year),
				new Call("timeline (merchant, 365 days)", merchant, "/api/leads/stats/timeline?" + year),
				new Call("timeline (admin, 90 days)", admin, "/api/leads/stats/timeline?" + quarter),
				new Call("top-influencers (merchant, 1 year)", merchant, "/api/leads/stats/top-influencers?" + year),
				new Call("top-influencers (admin, 1 year)", admin,
						"/api/leads/stats/top-influencers?minLeads=10&" + year),
				new Call("forecast/{depositId} (merchant)", merchant, "/api/leads/stats/forecast/" + ids.deposit()),
				new Call("breakdown by source (admin, 1 year)", admin, "/api/leads/stats/breakdown?by=source&" + year),
				new Call("breakdown by city (merchant, 1 year)", merchant, "/api/leads/stats/breakdown?by=city&" + year));
	}

	private static Map<String, Timing> measure(String base, List<Call> calls) throws Exception {
		Map<String, Timing> timings = new LinkedHashMap<>();
		for (Call call : calls) {
			for (int i = 0; i < WARM_UP; i++) {
				get(base, call);
			}
			double[] millis = new double[SAMPLES];
			for (int i = 0; i < SAMPLES; i++) {
				long started = System.nanoTime();
				get(base, call);
				millis[i] = (System.nanoTime() - started) / 1e6;
			}
			Arrays.sort(millis);
			timings.put(call.name(), new Timing(rank(millis, 0.50), rank(millis, 0.95), rank(millis, 0.99)));
		}
		return timings;
	}

	private static double rank(double[] sorted, double p) {
		return sorted[(int) Math.ceil(p * sorted.length) - 1];
	}

	private static void get(String base, Call call) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + call.path()))
			.header("Authorization", "Bearer " + call.token())
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(call + " -> " + response.statusCode() + " " + response.body());
		}
	}

	private static String login(String base, String email, String password) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("email", email, "password",
					password))))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("login " + email + " -> " + response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body()).path("accessToken").asString();
	}

	private static void print(Map<Long, Map<String, Timing>> results, Map<Long, Long> loadSeconds) {
		List<Long> sizes = new ArrayList<>(results.keySet());
		long small = sizes.get(0);
		long large = sizes.get(sizes.size() - 1);
		StringBuilder header = new StringBuilder(String.format("%-38s", "endpoint (ms)"));
		sizes.forEach(size -> header.append(String.format(" | %9s p50    p95    p99", label(size))));
		header.append(String.format(" | p95 %s/%s", label(large), label(small)));
		System.out.println();
		System.out.println(header);
		for (String endpoint : results.get(small).keySet()) {
			StringBuilder row = new StringBuilder(String.format("%-38s", endpoint));
			for (long size : sizes) {
				Timing t = results.get(size).get(endpoint);
				row.append(String.format(" | %9s %6.1f %6.1f %6.1f", "", t.p50(), t.p95(), t.p99()));
			}
			row.append(String.format(" | %.2f", results.get(large).get(endpoint).p95() / results.get(small).get(endpoint).p95()));
			System.out.println(row);
		}
		loadSeconds.forEach((size, seconds) -> System.out.printf("load of %s leads: %d s%n", label(size), seconds));
		System.out.printf("%d sequential requests per endpoint after %d warm-up requests, %d cores%n", SAMPLES, WARM_UP,
				Runtime.getRuntime().availableProcessors());
	}

	private static String label(long size) {
		return size >= 1_000_000 && size % 1_000_000 == 0 ? size / 1_000_000 + "M"
				: size % 1000 == 0 ? size / 1000 + "k" : String.valueOf(size);
	}

}
