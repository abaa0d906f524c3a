package com.shareyoursales.leads.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.shareyoursales.leads.support.ApiClient.Response;
import com.shareyoursales.leads.support.Population.Influencer;
import com.shareyoursales.leads.support.Population.Merchant;

import static com.shareyoursales.leads.support.ApiClient.body;

/**
 * N client threads, each with its own keep-alive HTTP client, sending 70 % lead submissions and 30 % decisions
 * (half validations, half rejections of leads the service acknowledged) on the given merchants. Records every
 * acknowledged (2xx) request and the latency of every request, by operation.
 */
public final class LoadDriver {

	/** A request the service answered 2xx: it promised the change is stored (id: the lead, or the payment credited). */
	public record Ack(String operation, UUID id, UUID merchantId) {
	}

	private static final AtomicLong PHONES = new AtomicLong(10_000_000 + ThreadLocalRandom.current().nextInt(40_000_000));

	private final List<String> baseUrls;

	private final List<Merchant> merchants;

	private final Map<UUID, Queue<UUID>> pending = new ConcurrentHashMap<>();

	private final Queue<Ack> acks = new ConcurrentLinkedQueue<>();

	private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();

	private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();

	private final String adminToken;

	// options, set before run() (which starts the clients: they see them)

	/** Every step a read of the merchant's own profile instead of the mix (the benchmark's floor). */
	private boolean readsOnly;

	/** Each submission carries an Idempotency-Key, as the web app's do. */
	private boolean idempotencyKeys;

	/** Each client a {@link LeanApiClient} (a benchmark's driver should take little of the machine's CPU). */
	private boolean lean;

	/** 70 % submissions, 30 % decisions. */
	public LoadDriver(String baseUrl, List<Merchant> merchants) {
		this(baseUrl, merchants, null);
	}

	/** With an admin token, one step in twenty is a bank-transfer recharge that the admin confirms. */
	public LoadDriver(String baseUrl, List<Merchant> merchants, String adminToken) {
		this(List.of(baseUrl), merchants, adminToken);
	}

	/** Client i talks to instance i mod n. */
	public LoadDriver(List<String> baseUrls, List<Merchant> merchants, String adminToken) {
		this.baseUrls = baseUrls;
		this.merchants = merchants;
		this.adminToken = adminToken;
		merchants.forEach(merchant -> pending.put(merchant.id(), new ConcurrentLinkedQueue<>()));
	}

	/**
	 * Instead of the mix, the cheapest authenticated request that reaches the database: {@code GET /api/auth/me} as a
	 * random merchant (the HTTP stack, the JWT, one read-only transaction with its row-security role, one select, JSON).
	 */
	public LoadDriver readsOnly() {
		this.readsOnly = true;
		return this;
	}

	/** Sends an Idempotency-Key with each submission, as the web app does (an API client may omit it). */
	public LoadDriver withIdempotencyKeys() {
		this.idempotencyKeys = true;
		return this;
	}

	/** Clients over plain keep-alive sockets ({@link LeanApiClient}) instead of java.net.http. */
	public LoadDriver lean() {
		this.lean = true;
		return this;
	}

	/** Runs until {@code duration} passed or {@code stop} is set; returns when every client finished. */
	public void run(int clients, Duration duration, AtomicBoolean stop) throws InterruptedException {
		long end = System.nanoTime() + duration.toNanos();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			String baseUrl = baseUrls.get(i % baseUrls.size());
			Thread thread = new Thread(() -> {
				ApiClient api = lean ? new LeanApiClient(baseUrl) : new ApiClient(baseUrl);
				while (System.nanoTime() < end && !stop.get()) {
					try {
						step(api);
					}
					catch (RuntimeException ex) {
						count("NO_ANSWER");
						if (stop.get()) {
							return;
						}
					}
				}
			}, "load-" + i);
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
	}

	private void step(ApiClient api) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Merchant merchant = merchants.get(random.nextInt(merchants.size()));
		if (readsOnly) {
			long start = System.nanoTime();
			record("me", start, api.get("/api/auth/me", merchant.token()));
			return;
		}
		if (adminToken != null && random.nextInt(20) == 0) {
			rechargeByBankTransfer(api, merchant);
			return;
		}
		if (random.nextInt(100) < 70) {
			submit(api, merchant, random);
			return;
		}
		UUID lead = pending.get(merchant.id()).poll();
		if (lead == null) {
			submit(api, merchant, random);
			return;
		}
		boolean validate = random.nextBoolean();
		String operation = validate ? "validate" : "reject";
		long start = System.nanoTime();
		Response response = api.put("/api/leads/" + lead + "/" + operation, validate ? null : body("reason", "NOT_INTERESTED"),
				merchant.token());
		record(operation, start, response);
		if (response.status() == 200) {
			acks.add(new Ack(validate ? "VALIDATED" : "REJECTED", lead, merchant.id()));
		}
	}

	private void rechargeByBankTransfer(ApiClient api, Merchant merchant) {
		long start = System.nanoTime();
		Response started = api.post("/api/leads/deposits/recharge", body("depositId", merchant.depositId(), "amount",
				"100.00", "method", "BANK_TRANSFER"), merchant.token());
		record("recharge", start, started);
		if (started.status() != 201) {
			return;
		}
		UUID payment = UUID.fromString(started.json().path("payment").path("id").asString());
		start = System.nanoTime();
		Response confirmed = api.post("/api/payments/" + payment + "/confirm", null, adminToken);
		record("confirm", start, confirmed);
		if (confirmed.status() == 200) {
			acks.add(new Ack("CREDITED", payment, merchant.id()));
		}
	}

	private void submit(ApiClient api, Merchant merchant, ThreadLocalRandom random) {
		Influencer influencer = merchant.influencers().get(random.nextInt(merchant.influencers().size()));
		long start = System.nanoTime();
		Response response = api.send("POST", "/api/leads/create", body("campaignId", merchant.campaignId(), "customerName",
				"Client Proof", "customerPhone", "06" + PHONES.incrementAndGet(), "city", "Rabat", "serviceValue", "500",
				"source", "INSTAGRAM", "consent", true), influencer.token(),
				idempotencyKeys ? Map.of("Idempotency-Key", UUID.randomUUID().toString()) : Map.of());
		record("submit", start, response);
		if (response.status() == 201) {
			UUID lead = UUID.fromString(response.json().path("id").asString());
			pending.get(merchant.id()).add(lead);
			acks.add(new Ack("SUBMITTED", lead, merchant.id()));
		}
	}

	private void record(String operation, long start, Response response) {
		long micros = (System.nanoTime() - start) / 1000;
		latencies.computeIfAbsent(operation, key -> Collections.synchronizedList(new ArrayList<>())).add(micros);
		count(operation + " " + response.status());
	}

	private void count(String outcome) {
		outcomes.computeIfAbsent(outcome, key -> new AtomicLong()).incrementAndGet();
	}

	public int acknowledged() {
		return acks.size();
	}

	public List<Ack> acks() {
		return List.copyOf(acks);
	}

	public Map<String, AtomicLong> outcomes() {
		return outcomes;
	}

	/** Latencies in microseconds by operation since the last reset. */
	public Map<String, List<Long>> latencies() {
		return latencies;
	}

	public void resetStatistics() {
		latencies.clear();
		outcomes.clear();
	}

	public static long percentile(List<Long> sorted, double p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

}
