package com.shareyoursales.leads.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.shareyoursales.leads.shared.DomainException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: at most 5 failed log-ins per account in 15 minutes, and (by default) 30 attempts per client
 * address in 5 minutes; past that, 429 with Retry-After. Kept in memory: each instance limits on its own, which bounds a
 * guesser by the number of instances, not by nothing.
 */
@Component
class LoginThrottle {

	private static final int ACCOUNT_FAILURES = 5;

	private static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(15);


	private static final Duration ADDRESS_WINDOW = Duration.ofMinutes(5);

	private final Map<String, Deque<Instant>> failuresByAccount = new ConcurrentHashMap<>();

	private final Map<String, Deque<Instant>> attemptsByAddress = new ConcurrentHashMap<>();

	private final Clock clock;

	private final int addressAttempts;

	LoginThrottle(Clock clock, @Value("${leads.login.attempts-per-address:30}") int addressAttempts) {
		this.clock = clock;
		this.addressAttempts = addressAttempts;
	}

	/** Refuses the attempt when either limit is reached; otherwise counts it against the address. */
	void checkAttempt(String email, String address) {
		Instant now = clock.instant();
		refuseIfFull(failuresByAccount, email.toLowerCase(), ACCOUNT_FAILURES, ACCOUNT_WINDOW, now);
		refuseIfFull(attemptsByAddress, address, addressAttempts, ADDRESS_WINDOW, now);
		record(attemptsByAddress, address, ADDRESS_WINDOW, now);
	}

	void recordFailure(String email) {
		record(failuresByAccount, email.toLowerCase(), ACCOUNT_WINDOW, clock.instant());
	}

	void recordSuccess(String email) {
		failuresByAccount.remove(email.toLowerCase());
	}

	private static void refuseIfFull(Map<String, Deque<Instant>> events, String key, int limit, Duration window,
			Instant now) {
		Deque<Instant> recent = events.get(key);
		if (recent == null) {
			return;
		}
		synchronized (recent) {
			prune(recent, window, now);
			if (recent.size() >= limit) {
				long retryAfter = Math.max(1, Duration.between(now, recent.peekFirst().plus(window)).toSeconds());
				throw new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "TOO_MANY_ATTEMPTS",
						"Too many log-in attempts; try again later", Map.of("retryAfterSeconds", retryAfter));
			}
		}
	}

	private static void record(Map<String, Deque<Instant>> events, String key, Duration window, Instant now) {
		Deque<Instant> recent = events.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (recent) {
			prune(recent, window, now);
			recent.addLast(now);
		}
	}

	private static void prune(Deque<Instant> recent, Duration window, Instant now) {
		while (!recent.isEmpty() && !recent.peekFirst().plus(window).isAfter(now)) {
			recent.removeFirst();
		}
	}

}
