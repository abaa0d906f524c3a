package com.shareyoursales.leads.platform.events;

import java.util.List;

import com.shareyoursales.leads.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A listener's work inside its publisher's transaction: as SYSTEM, then the publisher's role again; a failure undone alone. */
@IntegrationTest
class InTransactionWorkIntegrationTests {

	@Autowired
	InTransactionWork inTransaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aFailingListenerLeavesNothingAndThePublishersWorkGoesOn() {
		List<String> kept = transactions.execute(status -> {
			jdbc.sql("create temporary table in_tx_work (step text) on commit drop").update();
			step("publisher before");

			boolean done = inTransaction.run("a listener that fails", () -> {
				step("listener");
				throw new IllegalStateException("template missing");
			});

			assertThat(done).isFalse();
			step("publisher after");
			return jdbc.sql("select step from in_tx_work order by step").query(String.class).list();
		});

		assertThat(kept).containsExactly("publisher after", "publisher before");
	}

	@Test
	void theListenerActsAsSystemAndThePublisherKeepsItsOwnRole() {
		List<String> roles = transactions.execute(status -> {
			jdbc.sql("select set_config('app.role', 'MERCHANT', true)").query().singleValue();
			String[] during = new String[1];

			boolean done = inTransaction.run("a listener", () -> during[0] = role());

			assertThat(done).isTrue();
			return List.of(during[0], role());
		});

		assertThat(roles).containsExactly("SYSTEM", "MERCHANT");
	}

	private void step(String step) {
		jdbc.sql("insert into in_tx_work values (:step)").param("step", step).update();
	}

	private String role() {
		return jdbc.sql("select current_setting('app.role', true)").query(String.class).single();
	}

}
