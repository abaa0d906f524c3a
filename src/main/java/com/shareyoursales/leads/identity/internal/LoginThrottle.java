package com.shareyoursales.leads.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.shareyoursales.leads.platform.database.RowSecurity;
import com.shareyoursales.leads.shared.DomainException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing: at most 5 failed log-ins per account in 15 minutes, and (by default) 30 attempts per client
 * address in 5 minutes; past that, 429 with Retry-After. Kept in the database (login_attempts), so every instance
 * counts the same attempts: N instances do not allow N times the guesses. Each method is its own short transaction,
 * so a failure is recorded even though the log-in that caused it is refused, and acts as SYSTEM (a signed-in caller
 * may log in again; the attempts of others are not theirs to read).
 */
@Component
class LoginThrottle {

	private static final int ACCOUNT_FAILURES = 5;

	private static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(15);

	private static final Duration ADDRESS_WINDOW = Duration.ofMinutes(5);

	private static final String ATTEMPT = "A";

	private static final String FAILURE = "F";

	private final JdbcClient jdbc;

	private final RowSecurity rowSecurity;

	private final Clock clock;

	private final int addressAttempts;

	LoginThrottle(JdbcClient jdbc, RowSecurity rowSecurity, Clock clock,
			@Value("${leads.login.attempts-per-address:30}") int addressAttempts) {
		this.jdbc = jdbc;
		this.rowSecurity = rowSecurity;
		this.clock = clock;
		this.addressAttempts = addressAttempts;
	}

	/** Refuses the attempt when either limit is reached; otherwise counts it against the address. */
	@Transactional
	public void checkAttempt(String email, String address) {
		rowSecurity.actAsSystem();
		Instant now = clock.instant();
		refuseIfFull(FAILURE, email.toLowerCase(), ACCOUNT_FAILURES, ACCOUNT_WINDOW, now);
		refuseIfFull(ATTEMPT, address, addressAttempts, ADDRESS_WINDOW, now);
		record(ATTEMPT, address, now);
	}

	@Transactional
	public void recordFailure(String email) {
		rowSecurity.actAsSystem();
		record(FAILURE, email.toLowerCase(), clock.instant());
	}

	@Transactional
	public void recordSuccess(String email) {
		rowSecurity.actAsSystem();
		jdbc.sql("delete from login_attempts where kind = :kind and key = :key")
			.param("kind", FAILURE)
			.param("key", email.toLowerCase())
			.update();
	}

	/** Attempts older than the longest window count for nothing: deleted every minute, by one instance. */
	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	@SchedulerLock(name = "login-attempts-cleanup", lockAtMostFor = "PT5M")
	@Transactional
	public void deleteExpired() {
		jdbc.sql("delete from login_attempts where at < :before")
			.param("before", Timestamp.from(clock.instant().minus(ACCOUNT_WINDOW)))
			.update();
	}

	private void refuseIfFull(String kind, String key, int limit, Duration window, Instant now) {
		// concurrent attempts may each see limit - 1 and pass: the limit is exact to within the requests in flight
		Instant oldest = jdbc.sql("""
				select min(at) from (select at from login_attempts
				                      where kind = :kind and key = :key and at > :since
				                      order by at desc limit :limit) recent
				having count(*) >= :limit""")
			.param("kind", kind)
			.param("key", key)
			.param("since", Timestamp.from(now.minus(window)))
			.param("limit", limit)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null);
		if (oldest != null) {
			long retryAfter = Math.max(1, Duration.between(now, oldest.plus(window)).toSeconds());
			throw new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "TOO_MANY_ATTEMPTS",
					"Too many log-in attempts; try again later", Map.of("retryAfterSeconds", retryAfter));
		}
	}

	private void record(String kind, String key, Instant at) {
		jdbc.sql("insert into login_attempts (kind, key, at) values (:kind, :key, :at)")
			.param("kind", kind)
			.param("key", key)
			.param("at", Timestamp.from(at))
			.update();
	}

}
