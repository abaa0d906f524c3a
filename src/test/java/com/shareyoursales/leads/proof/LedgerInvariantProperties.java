package com.shareyoursales.leads.proof;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.shareyoursales.leads.shared.AlertLevel;
import com.shareyoursales.leads.shared.CommissionRule;
import com.shareyoursales.leads.support.ThrowawayPostgres;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any sequence of ledger operations — submissions, validations, rejections, expiries, credits (some replayed) and
 * adjustments, including repeated decisions of an already settled lead — leaves every deposit with balance ≥ 0,
 * 0 ≤ reserved ≤ balance, a ledger whose replay equals the stored amounts, and the amounts a simple model expects.
 * Operations go through the SQL ledger functions in one transaction each, as the service calls them.
 */
class LedgerInvariantProperties {

	private static final String SETTLE = """
			update leads set status = ?, decided_at = now(),
			       rejection_reason = case when ? = 'REJECTED' then 'FAKE' end
			 where id = ?""";

	private static ThrowawayPostgres postgres;

	private static Connection db;

	@BeforeContainer
	static void startDatabase() throws SQLException {
		postgres = ThrowawayPostgres.migrated();
		db = postgres.systemConnection();
		db.setAutoCommit(false);
	}

	@AfterContainer
	static void stopDatabase() throws Exception {
		db.close();
		postgres.close();
	}

	enum Kind {
		SUBMIT, VALIDATE, REJECT, EXPIRE, EXPIRE_AS_VALIDATED, CREDIT, CREDIT_REPLAY, ADJUST
	}

	record Op(Kind kind, BigDecimal amount, int pick) {
	}

	/** The expected state of one deposit. */
	static final class Model {

		BigDecimal balance = new BigDecimal("0.00");

		BigDecimal reserved = new BigDecimal("0.00");

		BigDecimal reference = new BigDecimal("0.00");

		final Map<UUID, BigDecimal> pending = new LinkedHashMap<>();

		final List<UUID> settled = new ArrayList<>();

		final List<UUID> payments = new ArrayList<>();

		BigDecimal available() {
			return balance.subtract(reserved);
		}

	}

	@Property(tries = 150)
	void anySequenceOfLedgerOperationsKeepsTheInvariants(@ForAll("operations") List<Op> operations) throws Exception {
		UUID merchant = insertUser("MERCHANT");
		UUID influencer = insertUser("INFLUENCER");
		UUID campaign = returning("insert into campaigns (merchant_id, name) values (?, 'P') returning id", merchant);
		UUID deposit = returning("insert into company_deposits (merchant_id) values (?) returning id", merchant);
		db.commit();
		Model model = new Model();
		for (Op op : operations) {
			apply(op, model, merchant, influencer, campaign, deposit);
			assertStoredEqualsModel(deposit, model, op);
		}
		assertThat(rows("select count(*) from ledger_replay_mismatches")).as("replay mismatches").isZero();
	}

	private void apply(Op op, Model model, UUID merchant, UUID influencer, UUID campaign, UUID deposit)
			throws SQLException {
		switch (op.kind()) {
			case SUBMIT -> submit(op, model, merchant, influencer, campaign, deposit);
			case VALIDATE -> decide(op, model, deposit, "deduct_from_deposit", "VALIDATED", true);
			case REJECT -> decide(op, model, deposit, "release_reservation", "REJECTED", false);
			case EXPIRE -> decide(op, model, deposit, "release_reservation", "EXPIRED", false);
			case EXPIRE_AS_VALIDATED -> decide(op, model, deposit, "deduct_from_deposit", "VALIDATED", true);
			case CREDIT -> credit(model, merchant, deposit, op.amount());
			case CREDIT_REPLAY -> replayCredit(op, model, deposit);
			case ADJUST -> adjust(op, model, deposit);
		}
	}

	private void submit(Op op, Model model, UUID merchant, UUID influencer, UUID campaign, UUID deposit)
			throws SQLException {
		BigDecimal commission = CommissionRule.DEFAULT.commissionFor(op.amount());
		UUID lead = UUID.randomUUID();
		update("""
				insert into leads (id, campaign_id, merchant_id, influencer_id, deposit_id, customer_name, customer_phone,
				    service_value, commission, source, consent, expires_at)
				values (?, ?, ?, ?, ?, 'Client', '+212612345678', ?, ?, 'OTHER', true, now() + interval '72 hours')""",
				lead, campaign, merchant, influencer, deposit, op.amount(), commission);
		String outcome = outcome("select outcome from reserve_on_deposit(?, ?, ?, null)", deposit, lead, commission);
		boolean fundable = model.available().compareTo(commission) >= 0 && model.available().signum() > 0;
		assertThat(outcome).as("reserve %s on available %s", commission, model.available())
			.isEqualTo(fundable ? "OK" : model.available().signum() <= 0 ? "DEPLETED" : "INSUFFICIENT");
		if (fundable) {
			db.commit();
			model.reserved = model.reserved.add(commission);
			model.pending.put(lead, commission);
		}
		else {
			db.rollback();
		}
	}

	/**
	 * Settles the picked pending lead, or — when the pick falls on an already settled lead — tries to settle it
	 * again straight in SQL: the database itself must refuse that (unique ledger rows, final-state trigger).
	 */
	private void decide(Op op, Model model, UUID deposit, String function, String status, boolean capture)
			throws SQLException {
		List<UUID> pendingIds = new ArrayList<>(model.pending.keySet());
		boolean again = pendingIds.isEmpty() || (op.pick() % 4 == 0 && !model.settled.isEmpty());
		if (again) {
			if (model.settled.isEmpty()) {
				return;
			}
			UUID lead = model.settled.get(op.pick() % model.settled.size());
			BigDecimal commission = single("select commission from leads where id = ?", lead);
			try {
				outcome("select outcome from " + function + "(?, ?, ?, null)", deposit, lead, commission);
				update(SETTLE, status, status, lead);
				db.commit();
				throw new AssertionError("settling lead " + lead + " twice was accepted");
			}
			catch (SQLException refused) {
				db.rollback();
			}
			return;
		}
		UUID lead = pendingIds.get(op.pick() % pendingIds.size());
		BigDecimal commission = model.pending.get(lead);
		single("select id from leads where id = ? for update", lead);
		assertThat(outcome("select outcome from " + function + "(?, ?, ?, null)", deposit, lead, commission))
			.isEqualTo("OK");
		update(SETTLE, status, status, lead);
		db.commit();
		model.pending.remove(lead);
		model.settled.add(lead);
		model.reserved = model.reserved.subtract(commission);
		if (capture) {
			model.balance = model.balance.subtract(commission);
		}
	}

	private void credit(Model model, UUID merchant, UUID deposit, BigDecimal amount) throws SQLException {
		UUID payment = returning("""
				insert into payments (merchant_id, deposit_id, method, amount, status, external_key, succeeded_at)
				values (?, ?, 'BANK_TRANSFER', ?, 'SUCCEEDED', ?, now()) returning id""", merchant, deposit, amount,
				"prop-" + UUID.randomUUID());
		assertThat(outcome("select outcome from recharge_deposit(?, ?, ?, null)", deposit, payment, amount))
			.isEqualTo("OK");
		db.commit();
		model.payments.add(payment);
		model.balance = model.balance.add(amount);
		model.reference = model.available();
	}

	private void replayCredit(Op op, Model model, UUID deposit) throws SQLException {
		if (model.payments.isEmpty()) {
			return;
		}
		UUID payment = model.payments.get(op.pick() % model.payments.size());
		assertThat(outcome("select outcome from recharge_deposit(?, ?, ?, null)", deposit, payment, op.amount()))
			.isEqualTo("ALREADY_CREDITED");
		db.commit();
	}

	private void adjust(Op op, Model model, UUID deposit) throws SQLException {
		BigDecimal signed = op.pick() % 2 == 0 ? op.amount() : op.amount().negate();
		String outcome = outcome("select outcome from adjust_deposit(?, ?, 'property test', null)", deposit, signed);
		boolean allowed = model.balance.add(signed).compareTo(model.reserved) >= 0;
		assertThat(outcome).isEqualTo(allowed ? "OK" : "INSUFFICIENT");
		db.commit();
		if (allowed) {
			model.balance = model.balance.add(signed);
		}
	}

	private void assertStoredEqualsModel(UUID deposit, Model model, Op op) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(
				"select balance, reserved, reference_amount, alert_level from company_deposits where id = ?")) {
			statement.setObject(1, deposit);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				BigDecimal balance = rs.getBigDecimal(1);
				BigDecimal reserved = rs.getBigDecimal(2);
				assertThat(balance).as("balance after %s", op).isEqualTo(model.balance).isNotNegative();
				assertThat(reserved).as("reserved after %s", op).isEqualTo(model.reserved).isNotNegative()
					.isLessThanOrEqualTo(balance);
				assertThat(rs.getBigDecimal(3)).as("reference after %s", op).isEqualTo(model.reference);
				if (rows("select count(*) from deposit_transactions where deposit_id = '" + deposit + "'") > 0) {
					assertThat(rs.getString(4)).as("level after %s", op)
						.isEqualTo(AlertLevel.of(model.available(), model.reference).name());
				}
			}
		}
		assertThat(rows("select count(*) from ledger_replay_mismatches where deposit_id = '" + deposit + "'"))
			.as("replay mismatch after %s", op).isZero();
		db.commit();
	}

	@Provide
	Arbitrary<List<Op>> operations() {
		Arbitrary<Kind> kind = Arbitraries.frequency(
				net.jqwik.api.Tuple.of(30, Kind.SUBMIT), net.jqwik.api.Tuple.of(12, Kind.VALIDATE),
				net.jqwik.api.Tuple.of(10, Kind.REJECT), net.jqwik.api.Tuple.of(6, Kind.EXPIRE),
				net.jqwik.api.Tuple.of(4, Kind.EXPIRE_AS_VALIDATED), net.jqwik.api.Tuple.of(12, Kind.CREDIT),
				net.jqwik.api.Tuple.of(4, Kind.CREDIT_REPLAY), net.jqwik.api.Tuple.of(6, Kind.ADJUST));
		Arbitrary<BigDecimal> amount = Arbitraries.bigDecimals()
			.between(new BigDecimal("0.10"), new BigDecimal("2000.00"))
			.ofScale(2);
		Arbitrary<Integer> pick = Arbitraries.integers().between(0, 1000);
		return net.jqwik.api.Combinators.combine(kind, amount, pick).as(Op::new).list().ofMinSize(1).ofMaxSize(40);
	}

	private static UUID insertUser(String role) throws SQLException {
		return returning("""
				insert into users (email, password_hash, role, display_name, company_name)
				values (?, 'x', ?, 'Prop', ?) returning id""", UUID.randomUUID() + "@prop.ma", role,
				"MERCHANT".equals(role) ? "Company" : null);
	}

	private static PreparedStatement prepare(String sql, Object... arguments) throws SQLException {
		PreparedStatement statement = db.prepareStatement(sql);
		for (int i = 0; i < arguments.length; i++) {
			statement.setObject(i + 1, arguments[i]);
		}
		return statement;
	}

	private static void update(String sql, Object... arguments) throws SQLException {
		try (PreparedStatement statement = prepare(sql, arguments)) {
			statement.executeUpdate();
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T single(String sql, Object... arguments) throws SQLException {
		try (PreparedStatement statement = prepare(sql, arguments); ResultSet rs = statement.executeQuery()) {
			rs.next();
			return (T) rs.getObject(1);
		}
	}

	private static UUID returning(String sql, Object... arguments) throws SQLException {
		return single(sql, arguments);
	}

	private static String outcome(String sql, Object... arguments) throws SQLException {
		return single(sql, arguments);
	}

	private static long rows(String sql) throws SQLException {
		return ((Number) single(sql)).longValue();
	}

}
