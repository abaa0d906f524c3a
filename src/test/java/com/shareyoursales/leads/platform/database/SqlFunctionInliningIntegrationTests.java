package com.shareyoursales.leads.platform.database;

import com.shareyoursales.leads.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small SQL functions that every lead operation runs (V51) are inlined into their callers' plans: a function
 * PostgreSQL cannot inline is a separate query parsed and planned on each call, which cost a fifth of the database's
 * time per lead operation before V51. A STRICT added back, or a body PostgreSQL will not inline, fails here. Their
 * results are checked elsewhere (MoneyRulesProperties, PeriodSlicesProperties, LeadRollupsIntegrationTests).
 */
@IntegrationTest
class SqlFunctionInliningIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	// the arguments come from a stable expression (now()), so the planner cannot fold the call into a constant
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			lead_ten_day_block    | select lead_ten_day_block(now()::date)
			lead_decision_bucket  | select lead_decision_bucket(extract(epoch from now())::bigint)
			deposit_alert_level   | select deposit_alert_level(extract(epoch from now())::numeric, 100.00)
			lead_rollup_periods   | select p.* from (values (1::smallint, now()::date)) x(scope, day) cross join lateral lead_rollup_periods(x.scope, x.day) p
			""")
	void isInlinedIntoTheCallersPlan(String function, String query) {
		String plan = String.join("\n", jdbc.sql("explain (verbose, costs off) " + query).query(String.class).list());

		assertThat(plan).as(plan).doesNotContain(function);
	}

}
