package com.shareyoursales.leads.notifications.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import com.shareyoursales.leads.identity.UserDirectory;
import com.shareyoursales.leads.identity.UserProfile;
import com.shareyoursales.leads.notifications.Channel;
import com.shareyoursales.leads.notifications.internal.LetterRows.Posted;
import com.shareyoursales.leads.support.IntegrationTest;
import com.shareyoursales.leads.support.TestActors;
import com.shareyoursales.leads.support.TestActors.Actor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Letters written in one statement (post_letters, V54): as SYSTEM for any user, the caller's role given back; isolated,
 * a failure undoes the whole call alone and the caller's transaction goes on.
 */
@IntegrationTest
class OutboxPostIntegrationTests {

	@Autowired
	Outbox outbox;

	@Autowired
	UserDirectory users;

	@Autowired
	TestActors actors;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void writesAnotherUsersNotificationAndEmailAsSystemAndGivesTheCallerItsRoleBack() {
		// given a merchant's transaction (its row security refuses rows of other users) and an influencer
		Actor merchant = actors.merchant();
		UserProfile influencer = users.find(actors.influencer().id()).orElseThrow();
		String cause = "test-decided:" + UUID.randomUUID();

		// when the merchant's decision tells the influencer on the dashboard and by e-mail, isolated
		Object[] after = transactions.execute(status -> {
			actAs(merchant.id(), "MERCHANT");
			Letters letters = new Letters();
			outbox.compose(letters, influencer, message(cause), EnumSet.of(Channel.DASHBOARD, Channel.EMAIL));
			Posted posted = outbox.post(letters, true);
			return new Object[] { posted, role() };
		});

		// then both rows were written in one call, and the rest of the transaction ran as the merchant again
		Posted posted = (Posted) after[0];
		assertThat(posted.failure()).isNull();
		assertThat(posted.notifications()).hasSize(1);
		assertThat(posted.deliveries()).isEqualTo(1);
		assertThat(after[1]).isEqualTo("MERCHANT");
		assertThat(rows("notifications", cause + ":" + influencer.id())).isEqualTo(1);
		assertThat(rows("notification_deliveries", cause + ":" + influencer.id() + ":EMAIL")).isEqualTo(1);

		// and the same cause told again writes nothing more
		Posted replay = transactions.execute(status -> {
			Letters letters = new Letters();
			outbox.compose(letters, influencer, message(cause), EnumSet.of(Channel.DASHBOARD, Channel.EMAIL));
			return outbox.post(letters, true);
		});
		assertThat(replay.written()).isFalse();
		assertThat(rows("notifications", cause + ":" + influencer.id())).isEqualTo(1);
	}

	@Test
	void anIsolatedFailureUndoesTheWholeCallAndTheCallersTransactionGoesOn() {
		// given two letters, the second of which the database refuses (a subject longer than its 300 characters)
		Actor merchant = actors.merchant();
		UserProfile recipient = users.find(actors.influencer().id()).orElseThrow();
		String cause = "test-failing:" + UUID.randomUUID();

		// when a merchant's transaction posts them isolated, then writes on
		Object[] after = transactions.execute(status -> {
			actAs(merchant.id(), "MERCHANT");
			Letters letters = new Letters();
			outbox.compose(letters, recipient, message(cause), EnumSet.of(Channel.DASHBOARD));
			letters.send(new Letters.Sent(recipient.id(), Channel.EMAIL, recipient.email(), "fr", "LEAD_VALIDATED",
					"x".repeat(301), "text", null, null, cause + ":too-long", java.time.Instant.now()));
			Posted posted = outbox.post(letters, true);
			String role = role();
			jdbc.sql("select set_config('app.role', 'SYSTEM', true)").query().singleValue();
			jdbc.sql("update users set display_name = display_name where id = :id").param("id", merchant.id()).update();
			return new Object[] { posted, role };
		});

		// then nothing of the call was written, the failure names the cause, and the transaction committed
		Posted posted = (Posted) after[0];
		assertThat(posted.failure()).startsWith("22001");
		assertThat(posted.notifications()).isEmpty();
		assertThat(posted.deliveries()).isZero();
		assertThat(after[1]).isEqualTo("MERCHANT");
		assertThat(rows("notifications", cause + ":" + recipient.id())).isZero();
		assertThat(rows("notification_deliveries", cause + ":too-long")).isZero();
	}

	@Test
	void withoutIsolationAFailureFailsTheCallersStatement() {
		UserProfile recipient = users.find(actors.influencer().id()).orElseThrow();
		Letters letters = new Letters();
		letters.send(new Letters.Sent(recipient.id(), Channel.EMAIL, recipient.email(), "fr", "LEAD_VALIDATED",
				"x".repeat(301), "text", null, null, "test-unisolated:" + UUID.randomUUID(), java.time.Instant.now()));

		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> outbox.post(letters, false)))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("value too long");
	}

	private static Message message(String cause) {
		return new Message(cause, "LEAD_VALIDATED", Map.of("leadId", UUID.randomUUID()),
				language -> new Object[] { "AB12CD34", "50,00 MAD" });
	}

	private void actAs(UUID userId, String role) {
		jdbc.sql("select set_config('app.user_id', :user, true), set_config('app.role', :role, true)")
			.param("user", userId.toString())
			.param("role", role)
			.query()
			.singleRow();
	}

	private String role() {
		return jdbc.sql("select current_setting('app.role', true)").query(String.class).single();
	}

	/** Counted as SYSTEM: row security shows a transaction without a role nothing. */
	private long rows(String table, String dedupeKey) {
		return transactions.execute(status -> {
			jdbc.sql("select set_config('app.role', 'SYSTEM', true)").query().singleValue();
			return jdbc.sql("select count(*) from " + table + " where dedupe_key = :key")
				.param("key", dedupeKey)
				.query(Long.class)
				.single();
		});
	}

}
