package com.shareyoursales.leads.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.shareyoursales.leads.platform.database.RowSecurity;
import com.shareyoursales.leads.shared.DomainException;
import com.shareyoursales.leads.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The log-in throttle's counts live in the database: every instance sees them, and old ones are deleted. */
@IntegrationTest
class LoginThrottleIntegrationTests {

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	RowSecurity rowSecurity;

	@Autowired
	Clock clock;

	@Test
	void failuresRecordedByOneInstanceRefuseTheAccountOnAnother() {
		String email = "guessed-" + UUID.randomUUID() + "@test.ma";
		for (int failure = 0; failure < 5; failure++) {
			throttle.checkAttempt(email, "10.0.0.1");
			throttle.recordFailure(email);
		}
		// a second instance: its own bean, nothing in its memory
		LoginThrottle other = new LoginThrottle(jdbc, rowSecurity, clock, 30);

		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> other.checkAttempt(email.toUpperCase(), "10.0.0.2")))
			.isInstanceOfSatisfying(DomainException.class, refused -> {
				assertThat(refused.code()).isEqualTo("TOO_MANY_ATTEMPTS");
				assertThat((Long) refused.details().get("retryAfterSeconds")).isBetween(1L, 15 * 60L);
			});
	}

	@Test
	void aSuccessForgetsTheAccountsFailures() {
		String email = "forgetful-" + UUID.randomUUID() + "@test.ma";
		for (int failure = 0; failure < 5; failure++) {
			throttle.recordFailure(email);
		}
		assertThatThrownBy(() -> throttle.checkAttempt(email, "10.0.0.3")).isInstanceOf(DomainException.class);

		throttle.recordSuccess(email);

		assertThatCode(() -> throttle.checkAttempt(email, "10.0.0.3")).doesNotThrowAnyException();
	}

	@Test
	void theAddressLimitCountsEveryAttemptFromIt() {
		String address = "address-" + UUID.randomUUID();
		LoginThrottle strict = new LoginThrottle(jdbc, rowSecurity, clock, 3);
		for (int attempt = 0; attempt < 3; attempt++) {
			String email = "caller-" + attempt + "-" + UUID.randomUUID() + "@test.ma";
			transactions.executeWithoutResult(status -> strict.checkAttempt(email, address));
		}

		assertThatThrownBy(() -> transactions.executeWithoutResult(
				status -> strict.checkAttempt("another-" + UUID.randomUUID() + "@test.ma", address)))
			.isInstanceOfSatisfying(DomainException.class,
					refused -> assertThat(refused.code()).isEqualTo("TOO_MANY_ATTEMPTS"));
	}

	@Test
	void attemptsOlderThanTheLongestWindowAreDeleted() {
		String old = "old-" + UUID.randomUUID() + "@test.ma";
		String recent = "recent-" + UUID.randomUUID() + "@test.ma";
		transactions.executeWithoutResult(status -> {
			insert(old, Duration.ofMinutes(16));
			insert(recent, Duration.ofMinutes(14));
		});

		throttle.deleteExpired();

		List<String> left = transactions.execute(status -> jdbc.sql("select key from login_attempts where key in (:old, :recent)")
			.param("old", old)
			.param("recent", recent)
			.query(String.class)
			.list());
		assertThat(left).containsExactly(recent);
	}

	private void insert(String key, Duration ago) {
		jdbc.sql("insert into login_attempts (kind, key, at) values ('F', :key, :at)")
			.param("key", key)
			.param("at", Timestamp.from(clock.instant().minus(ago)))
			.update();
	}

}
