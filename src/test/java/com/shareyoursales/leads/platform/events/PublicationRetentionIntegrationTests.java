package com.shareyoursales.leads.platform.events;

import java.util.List;
import java.util.UUID;

import com.shareyoursales.leads.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Completed publications older than the retention (30 days) go; recent and incomplete ones stay. */
@IntegrationTest
class PublicationRetentionIntegrationTests {

	@Autowired
	PublicationRetention retention;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void deletesOnlyPublicationsCompletedBeforeTheRetention() {
		String listener = "retention-test-" + UUID.randomUUID();
		publication(listener, "completed long ago", "now() - interval '40 days'", "now() - interval '40 days'");
		publication(listener, "completed yesterday", "now() - interval '40 days'", "now() - interval '1 day'");
		publication(listener, "never completed", "now() - interval '40 days'", "null");

		int deleted;
		List<String> left;
		try {
			deleted = retention.deleteCompletedBeforeRetention();
			left = left(listener);
		}
		finally {
			// the incomplete one would be republished by the next instance that starts on this database
			transactions.executeWithoutResult(status -> jdbc
				.sql("delete from event_publication where listener_id = :listener")
				.param("listener", listener)
				.update());
		}

		assertThat(deleted).isGreaterThanOrEqualTo(1);
		assertThat(left).containsExactly("\"completed yesterday\"", "\"never completed\"");
	}

	private void publication(String listener, String event, String publishedAt, String completedAt) {
		transactions.executeWithoutResult(status -> jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				                               completion_date, status, completion_attempts)
				values (:id, :listener, 'java.lang.String', :event, %s, %s, 'COMPLETED', 1)""".formatted(publishedAt,
				completedAt))
			.param("id", UUID.randomUUID())
			.param("listener", listener)
			.param("event", "\"" + event + "\"")
			.update());
	}

	private List<String> left(String listener) {
		return transactions.execute(status -> jdbc
			.sql("select serialized_event from event_publication where listener_id = :listener order by 1")
			.param("listener", listener)
			.query(String.class)
			.list());
	}

}
