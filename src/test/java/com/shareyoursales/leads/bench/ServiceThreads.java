package com.shareyoursales.leads.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The service's CPU time by the kind of thread that spent it, read from Linux's /proc/pid/task: which part of the
 * service an operation's CPU goes to (the requests' threads, the batch threads, the live pushes, the JIT, the
 * collector) without a profiler attached. A thread that ended between two readings is not counted (Tomcat's and the
 * batcher's threads live as long as the service; pools' idle threads may come and go).
 */
final class ServiceThreads {

	/**
	 * Thread name prefixes (Linux keeps 15 characters of a name) and the kind they are counted under, in this order. On
	 * Java 21 and later the requests run on virtual threads (spring.threads.virtual.enabled), whose carriers are the
	 * "ForkJoinPool-n-worker-m" threads (the service makes no ForkJoinPool of its own); the common pool's are
	 * "ForkJoinPool.commonPool-…", counted as other.
	 */
	private static final List<Map.Entry<String, String>> KINDS = List.of(Map.entry("http-nio-", "requests"),
			Map.entry("ForkJoinPool-", "requests"),
			Map.entry("batch-", "batches"), Map.entry("live-", "live pushes"), Map.entry("C1 Compiler", "JIT"),
			Map.entry("C2 Compiler", "JIT"), Map.entry("GC Thread", "GC"), Map.entry("G1 ", "GC"));

	private static final String OTHER = "other";

	private ServiceThreads() {
	}

	/** One thread's kind and CPU milliseconds so far. */
	record ThreadTime(String kind, long millis) {
	}

	/** CPU milliseconds so far of each thread of the process, by thread id (empty where /proc cannot be read). */
	static Map<String, ThreadTime> cpuMillis(long pid) {
		Map<String, ThreadTime> threads = new LinkedHashMap<>();
		try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
			tasks.forEach(task -> {
				try {
					String name = Files.readString(task.resolve("comm")).trim();
					threads.put(task.getFileName().toString(),
							new ThreadTime(kindOf(name), ticks(Files.readString(task.resolve("stat")), false) * 10));
				}
				catch (IOException | RuntimeException ex) {
					// the thread ended between the listing and the read
				}
			});
		}
		catch (IOException ex) {
			return Map.of();
		}
		return threads;
	}

	/**
	 * "requests 0.55, batches 0.40, …": CPU milliseconds per operation of each kind between two readings, over the
	 * threads alive at the second (a thread that started meanwhile counts from zero; one that ended is not counted).
	 */
	static String perOperation(Map<String, ThreadTime> before, Map<String, ThreadTime> after, double operations) {
		Map<String, Long> millis = new LinkedHashMap<>();
		KINDS.forEach(kind -> millis.put(kind.getValue(), 0L));
		millis.put(OTHER, 0L);
		after.forEach((thread, time) -> {
			ThreadTime earlier = before.get(thread);
			long since = earlier != null && earlier.kind().equals(time.kind()) ? earlier.millis() : 0;
			millis.merge(time.kind(), time.millis() - since, Long::sum);
		});
		StringBuilder line = new StringBuilder();
		millis.forEach((kind, spent) -> line.append(line.isEmpty() ? "" : ", ")
			.append(kind)
			.append(String.format(" %.2f", spent / operations)));
		return line.toString();
	}

	/**
	 * utime + stime (and, with {@code reaped}, the reaped children's cutime + cstime) of a /proc stat line, in ticks of
	 * 10 ms: fields 14 to 17 of the line, the 12th to 15th after the name's closing parenthesis.
	 */
	static long ticks(String stat, boolean reaped) {
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		return reaped ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
	}

	private static String kindOf(String threadName) {
		return KINDS.stream()
			.filter(kind -> threadName.startsWith(kind.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(OTHER);
	}

}
