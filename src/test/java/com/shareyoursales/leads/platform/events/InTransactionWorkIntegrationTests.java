package com.shareyoursales.leads.platform.events;

import java.util.List;

import com.shareyoursales.leads.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A listener's work inside its publisher's transaction: its failure is counted and the publisher goes on. */
@IntegrationTest
class InTransactionWorkIntegrationTests {

	@Autowired
	InTransactionWork inTransaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MeterRegistry meters;

	@Test
	void aFailingListenerIsCountedAndThePublishersWorkGoesOn() {
		double failedBefore = meters.counter("leads.in_transaction_listener.failures").count();

		List<String> kept = transactions.execute(status -> {
			jdbc.sql("create temporary table in_tx_work (step text) on commit drop").update();
			step("publisher before");

			boolean done = inTransaction.run("a listener that fails", () -> {
				throw new IllegalStateException("template missing");
			});

			assertThat(done).isFalse();
			step("publisher after");
			return jdbc.sql("select step from in_tx_work order by step").query(String.class).list();
		});

		assertThat(kept).containsExactly("publisher after", "publisher before");
		assertThat(meters.counter("leads.in_transaction_listener.failures").count()).isEqualTo(failedBefore + 1);
	}

	private void step(String step) {
		jdbc.sql("insert into in_tx_work values (:step)").param("step", step).update();
	}

}
