package com.shareyoursales.leads.payments.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.shareyoursales.leads.payments.AutoRechargeRule;
import com.shareyoursales.leads.shared.AlertLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code auto_recharge_rules} table, and the counts its guards need. */
@Repository
public class AutoRechargeRules {

	private static final String SELECT = """
			select r.*, (c.payment_method_id is not null) as card_saved
			  from auto_recharge_rules r left join stripe_customers c on c.merchant_id = r.merchant_id
			""";

	private final JdbcClient jdbc;

	AutoRechargeRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Saves the rule and re-arms it (a stop after a decline ends when the merchant saves it again). */
	public void save(UUID depositId, UUID merchantId, boolean enabled, AlertLevel trigger, AutoRechargeRule.Mode mode,
			BigDecimal amount) {
		jdbc.sql("""
				insert into auto_recharge_rules (deposit_id, merchant_id, enabled, trigger_level, mode, amount)
				values (:deposit, :merchant, :enabled, :trigger, :mode, :amount)
				on conflict (deposit_id) do update
				   set enabled = excluded.enabled, trigger_level = excluded.trigger_level, mode = excluded.mode,
				       amount = excluded.amount, stopped_at = null, stop_reason = null""")
			.param("deposit", depositId)
			.param("merchant", merchantId)
			.param("enabled", enabled)
			.param("trigger", trigger.name())
			.param("mode", mode.name())
			.param("amount", amount)
			.update();
	}

	public Optional<AutoRechargeRule> find(UUID depositId) {
		return jdbc.sql(SELECT + " where r.deposit_id = :deposit")
			.param("deposit", depositId)
			.query(AutoRechargeRules::rule)
			.optional();
	}

	/** Locks the rule for the rest of the transaction: the guards of one deposit are checked one at a time. */
	public Optional<AutoRechargeRule> lock(UUID depositId) {
		return jdbc.sql("select deposit_id from auto_recharge_rules where deposit_id = :deposit for no key update")
			.param("deposit", depositId)
			.query(UUID.class)
			.optional()
			.flatMap(this::find);
	}

	/** Deposits whose armed rule's trigger their current level has reached (for the hourly deposit check). */
	public java.util.List<UUID> atTrigger() {
		return jdbc.sql("""
				select r.deposit_id from auto_recharge_rules r join company_deposits d on d.id = r.deposit_id
				 where r.enabled and r.stopped_at is null
				   and (d.alert_level = r.trigger_level or d.alert_level = 'DEPLETED'
				        or (r.trigger_level = 'WARNING' and d.alert_level = 'CRITICAL'))""")
			.query(UUID.class)
			.list();
	}

	public void stop(UUID depositId, String reason, Instant at) {
		jdbc.sql("update auto_recharge_rules set stopped_at = :at, stop_reason = :reason where deposit_id = :deposit")
			.param("deposit", depositId)
			.param("reason", reason.substring(0, Math.min(reason.length(), 1000)))
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Auto-recharges of the deposit still waiting for their outcome. */
	public long inFlight(UUID depositId) {
		return jdbc.sql("""
				select count(*) from payments
				 where deposit_id = :deposit and purpose = 'AUTO_RECHARGE' and status in ('PENDING', 'UNKNOWN')""")
			.param("deposit", depositId)
			.query(Long.class)
			.single();
	}

	/** Auto-recharges of the deposit started in the last 24 hours (database time), whatever their outcome. */
	public long startedInLastDay(UUID depositId) {
		return jdbc.sql("""
				select count(*) from payments
				 where deposit_id = :deposit and purpose = 'AUTO_RECHARGE' and created_at >= now() - interval '24 hours'""")
			.param("deposit", depositId)
			.query(Long.class)
			.single();
	}

	static AutoRechargeRule rule(ResultSet rs, int row) throws SQLException {
		Timestamp stopped = rs.getTimestamp("stopped_at");
		return new AutoRechargeRule(rs.getObject("deposit_id", UUID.class), rs.getObject("merchant_id", UUID.class),
				rs.getBoolean("enabled"), AlertLevel.valueOf(rs.getString("trigger_level")),
				AutoRechargeRule.Mode.valueOf(rs.getString("mode")), rs.getBigDecimal("amount"),
				rs.getBoolean("card_saved"), stopped == null ? null : stopped.toInstant(), rs.getString("stop_reason"));
	}

}
