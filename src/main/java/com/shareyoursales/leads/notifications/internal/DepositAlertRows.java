package com.shareyoursales.leads.notifications.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.shareyoursales.leads.shared.AlertLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which deposit levels were alerted in which funding cycle ({@code deposit_alerts}). A funding cycle is named by the
 * deposit's last CREDIT ledger row: each credit starts a new one (0: never funded).
 */
@Repository
public class DepositAlertRows {

	private final JdbcClient jdbc;

	DepositAlertRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long currentCycle(UUID depositId) {
		return jdbc.sql("""
				select coalesce(max(id), 0) from deposit_transactions where deposit_id = :deposit and type = 'CREDIT'""")
			.param("deposit", depositId)
			.query(Long.class)
			.single();
	}

	/** True the first time a level is recorded for the cycle. */
	public boolean record(UUID depositId, UUID merchantId, long cycle, AlertLevel level, Instant at) {
		return jdbc.sql("""
				insert into deposit_alerts (deposit_id, merchant_id, cycle, level, alerted_at)
				values (:deposit, :merchant, :cycle, :level, :at) on conflict do nothing""")
			.param("deposit", depositId)
			.param("merchant", merchantId)
			.param("cycle", cycle)
			.param("level", level.name())
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	public Optional<Instant> alertedAt(UUID depositId, long cycle, AlertLevel level) {
		return jdbc.sql("select alerted_at from deposit_alerts where deposit_id = :deposit and cycle = :cycle and level = :level")
			.param("deposit", depositId)
			.param("cycle", cycle)
			.param("level", level.name())
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

}
