package com.shareyoursales.leads.proof;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.shareyoursales.leads.shared.AlertLevel;
import com.shareyoursales.leads.shared.CommissionRule;
import com.shareyoursales.leads.support.ThrowawayPostgres;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The money rules are stated twice — in Java for previews and answers, in SQL where the ledger applies them — and
 * the two must never disagree: random values and rules for the commission, every alert boundary and its
 * neighbours for the levels.
 */
class MoneyRulesProperties {

	private static ThrowawayPostgres postgres;

	private static Connection connection;

	@BeforeContainer
	static void startDatabase() throws SQLException {
		postgres = ThrowawayPostgres.migrated();
		connection = postgres.systemConnection();
	}

	@AfterContainer
	static void stopDatabase() throws Exception {
		connection.close();
		postgres.close();
	}

	@Property(tries = 1000)
	void javaCommissionEqualsSqlCommission(@ForAll("amounts") BigDecimal value, @ForAll("rules") CommissionRule rule)
			throws SQLException {
		assertThat(sqlCommission(value, rule)).isEqualTo(rule.commissionFor(value));
	}

	@Property(tries = 200)
	void commissionAtAndAroundTheThresholdFollowsTheRule(@ForAll("rules") CommissionRule rule) throws SQLException {
		for (BigDecimal value : List.of(rule.threshold().subtract(new BigDecimal("0.01")), rule.threshold(),
				rule.threshold().add(new BigDecimal("0.01")))) {
			if (value.signum() > 0) {
				assertThat(sqlCommission(value, rule)).isEqualTo(rule.commissionFor(value));
			}
		}
		assertThat(rule.commissionFor(rule.threshold())).isEqualTo(rule.flat().setScale(2));
	}

	@Example
	void specExamplesHoldInJavaAndSql() throws SQLException {
		String[][] examples = { { "500", "50.00" }, { "1500", "80.00" }, { "799.99", "80.00" }, { "800", "80.00" },
				{ "0.05", "0.01" } };
		for (String[] example : examples) {
			BigDecimal value = new BigDecimal(example[0]);
			assertThat(CommissionRule.DEFAULT.commissionFor(value)).as(example[0]).isEqualTo(new BigDecimal(example[1]));
			assertThat(sqlCommission(value, CommissionRule.DEFAULT)).as(example[0]).isEqualTo(new BigDecimal(example[1]));
		}
	}

	@Property(tries = 300)
	void javaAlertLevelEqualsSqlAtAndAroundEveryBoundary(@ForAll("amounts") BigDecimal reference) throws SQLException {
		for (BigDecimal available : aroundBoundaries(reference)) {
			assertThat(sqlLevel(available, reference)).as("available %s of %s", available, reference)
				.isEqualTo(AlertLevel.of(available, reference));
		}
	}

	@Property(tries = 1000)
	void javaAlertLevelEqualsSqlForAnyAmounts(@ForAll("signedAmounts") BigDecimal available,
			@ForAll("amounts") BigDecimal reference) throws SQLException {
		assertThat(sqlLevel(available, reference)).isEqualTo(AlertLevel.of(available, reference));
	}

	@Example
	void exactBoundariesFallOnTheDocumentedSide() throws SQLException {
		BigDecimal reference = new BigDecimal("1000.00");
		String[][] table = { { "500.01", "HEALTHY" }, { "500.00", "ATTENTION" }, { "200.01", "ATTENTION" },
				{ "200.00", "WARNING" }, { "100.01", "WARNING" }, { "100.00", "CRITICAL" }, { "0.01", "CRITICAL" },
				{ "0.00", "DEPLETED" }, { "-0.01", "DEPLETED" } };
		for (String[] row : table) {
			BigDecimal available = new BigDecimal(row[0]);
			assertThat(AlertLevel.of(available, reference)).as(row[0]).isEqualTo(AlertLevel.valueOf(row[1]));
			assertThat(sqlLevel(available, reference)).as(row[0]).isEqualTo(AlertLevel.valueOf(row[1]));
		}
		assertThat(AlertLevel.of(new BigDecimal("5.00"), BigDecimal.ZERO.setScale(2))).isEqualTo(AlertLevel.HEALTHY);
		assertThat(sqlLevel(new BigDecimal("5.00"), BigDecimal.ZERO.setScale(2))).isEqualTo(AlertLevel.HEALTHY);
	}

	/** The 50/20/10/0 % points of the reference, rounded both ways to centimes, and one centime either side. */
	private static List<BigDecimal> aroundBoundaries(BigDecimal reference) {
		List<BigDecimal> points = new ArrayList<>();
		BigDecimal cent = new BigDecimal("0.01");
		for (String percent : List.of("0.50", "0.20", "0.10", "0")) {
			BigDecimal exact = reference.multiply(new BigDecimal(percent));
			for (BigDecimal rounded : List.of(exact.setScale(2, java.math.RoundingMode.FLOOR),
					exact.setScale(2, java.math.RoundingMode.CEILING))) {
				points.add(rounded.subtract(cent));
				points.add(rounded);
				points.add(rounded.add(cent));
			}
		}
		return points;
	}

	private static BigDecimal sqlCommission(BigDecimal value, CommissionRule rule) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(
				"select calculate_lead_commission(?::numeric(14,2), ?::numeric(14,2), ?::numeric(5,2), ?::numeric(14,2))")) {
			statement.setBigDecimal(1, value);
			statement.setBigDecimal(2, rule.threshold());
			statement.setBigDecimal(3, rule.ratePercent());
			statement.setBigDecimal(4, rule.flat());
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getBigDecimal(1);
			}
		}
	}

	private static AlertLevel sqlLevel(BigDecimal available, BigDecimal reference) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("select deposit_alert_level(?::numeric(14,2), ?::numeric(14,2))")) {
			statement.setBigDecimal(1, available);
			statement.setBigDecimal(2, reference);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return AlertLevel.valueOf(rs.getString(1));
			}
		}
	}

	@Provide
	Arbitrary<BigDecimal> amounts() {
		return Arbitraries.bigDecimals()
			.between(new BigDecimal("0.01"), new BigDecimal("1000000.00"))
			.ofScale(2)
			.edgeCases(edges -> edges.add(new BigDecimal("0.05"), new BigDecimal("799.99"), new BigDecimal("800.00")));
	}

	@Provide
	Arbitrary<BigDecimal> signedAmounts() {
		return Arbitraries.bigDecimals().between(new BigDecimal("-1000.00"), new BigDecimal("1000000.00")).ofScale(2);
	}

	/** Rules as the schema allows them: threshold and flat > 0, rate in (0, 100] with two decimals. */
	@Provide
	Arbitrary<CommissionRule> rules() {
		Arbitrary<BigDecimal> rate = Arbitraries.bigDecimals()
			.between(new BigDecimal("0.01"), new BigDecimal("100.00"))
			.ofScale(2);
		return Combinators.combine(amounts(), rate, amounts()).as(CommissionRule::new);
	}

}
