package com.shareyoursales.leads.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import com.shareyoursales.leads.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** What PostgreSQL runs a transaction with, by its labels: set when it opens, for that transaction only. */
@IntegrationTest
class TransactionLabelsIntegrationTests {

	// synchronous_commit is off for the whole of the tests' (not durable) server: NoFlushWaitTests covers that label
	private static final String SETTINGS = "select current_setting('plan_cache_mode'), current_setting('enable_seqscan'),"
			+ " current_setting('jit'), current_setting('app.role')";

	@Autowired
	DataSource dataSource;

	@Test
	void aLabeledTransactionRunsWithItsSettingsAndTheNextOneWithoutThem() throws SQLException {
		// both transactions on one connection: a setting that outlived its transaction would show in the second
		try (Connection connection = dataSource.getConnection()) {
			SingleConnectionDataSource one = new SingleConnectionDataSource(connection, true);
			PlatformTransactionManager transactionManager = new RowSecurityTransactionManager(one);
			JdbcClient jdbc = JdbcClient.create(one);
			TransactionTemplate labeled = new LabeledTransactionTemplate(transactionManager,
					TransactionLabels.GENERIC_PLANS);
			TransactionTemplate plain = new TransactionTemplate(transactionManager);

			List<String> inLabeled = labeled.execute(status -> settings(jdbc));
			List<String> inPlain = plain.execute(status -> settings(jdbc));

			assertThat(inLabeled).containsExactly("force_generic_plan", "off", "off", "SYSTEM");
			assertThat(inPlain).as("set for the labeled transaction only").containsExactly("auto", "on", "on", "SYSTEM");
		}
	}

	private static List<String> settings(JdbcClient jdbc) {
		return jdbc.sql(SETTINGS).query((row, n) -> List.of(row.getString(1), row.getString(2), row.getString(3),
				row.getString(4))).single();
	}

}
