package com.shareyoursales.leads.platform.database;

import java.util.List;

import com.shareyoursales.leads.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** What PostgreSQL runs a transaction with, by its labels: set when it opens, for that transaction only. */
@IntegrationTest
class TransactionLabelsIntegrationTests {

	// synchronous_commit is off for the whole of the tests' (not durable) server: NoFlushWaitTests covers that label
	private static final String SETTINGS = "select current_setting('plan_cache_mode'), current_setting('app.role')";

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLabeledTransactionRunsWithItsSettingsAndTheNextOneWithoutThem() {
		TransactionTemplate labeled = new LabeledTransactionTemplate(transactionManager, TransactionLabels.GENERIC_PLANS);
		TransactionTemplate plain = new TransactionTemplate(transactionManager);

		List<String> inLabeled = labeled.execute(status -> settings());
		List<String> inPlain = plain.execute(status -> settings());

		assertThat(inLabeled).containsExactly("force_generic_plan", "SYSTEM");
		assertThat(inPlain).as("set for the labeled transaction only").containsExactly("auto", "SYSTEM");
	}

	private List<String> settings() {
		return jdbc.sql(SETTINGS).query((row, n) -> List.of(row.getString(1), row.getString(2))).single();
	}

}
