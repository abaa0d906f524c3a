package com.shareyoursales.leads.analytics.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.shareyoursales.leads.analytics.PlatformFigures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the deposits and their ledger for the forecast and the platform overview. */
@Repository
public class LedgerQueries {

	/** Commissions captured, and reserved for leads still pending, on a deposit in a window. */
	public record Burn(BigDecimal captured, BigDecimal newlyReserved) {

		public BigDecimal total() {
			return captured.add(newlyReserved);
		}

	}

	private final JdbcClient jdbc;

	LedgerQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Uses the (merchant_id, created_at) index: only the window's rows of the merchant are read. */
	public Burn burn(UUID merchantId, UUID depositId, Instant since, Instant until) {
		return jdbc.sql("""
				select coalesce(sum(t.amount) filter (where t.type = 'CAPTURE'), 0) as captured,
				       coalesce(sum(t.amount) filter (where t.type = 'RESERVE' and not exists (
				           select 1 from deposit_transactions s
				            where s.lead_id = t.lead_id and s.type in ('CAPTURE', 'RELEASE'))), 0) as reserved
				  from deposit_transactions t
				 where t.merchant_id = :merchant and t.created_at >= :since and t.created_at < :until
				   and t.deposit_id = :deposit and t.type in ('CAPTURE', 'RESERVE')""")
			.param("merchant", merchantId)
			.param("deposit", depositId)
			.param("since", java.sql.Timestamp.from(since))
			.param("until", java.sql.Timestamp.from(until))
			.query((rs, n) -> new Burn(rs.getBigDecimal("captured").setScale(2), rs.getBigDecimal("reserved").setScale(2)))
			.single();
	}

	/** Deposit totals now (from the merchant_deposit_balances view) and the credits of a window (null = unbounded). */
	public PlatformFigures platform(long activeMerchants, long activeInfluencers, Instant from, Instant to) {
		record Deposits(long count, BigDecimal balance, BigDecimal reserved, long atRisk) {
		}
		record Credits(long count, BigDecimal amount) {
		}
		Deposits deposits = jdbc.sql("""
				select count(*) as count, coalesce(sum(balance), 0) as balance, coalesce(sum(reserved), 0) as reserved,
				       count(*) filter (where alert_level in ('WARNING', 'CRITICAL', 'DEPLETED')) as at_risk
				  from merchant_deposit_balances""")
			.query((rs, n) -> new Deposits(rs.getLong("count"), rs.getBigDecimal("balance").setScale(2),
					rs.getBigDecimal("reserved").setScale(2), rs.getLong("at_risk")))
			.single();
		Credits credits = jdbc.sql("""
				select count(*) as count, coalesce(sum(amount), 0) as amount from deposit_transactions
				 where type = 'CREDIT' and created_at >= :from and created_at < :to""")
			.param("from", java.sql.Timestamp.from(from == null ? Instant.EPOCH : from))
			.param("to", java.sql.Timestamp.from(to == null ? Instant.parse("9999-01-01T00:00:00Z") : to))
			.query((rs, n) -> new Credits(rs.getLong("count"), rs.getBigDecimal("amount").setScale(2)))
			.single();
		return new PlatformFigures(activeMerchants, activeInfluencers, deposits.count(), deposits.balance(),
				deposits.reserved(), deposits.balance().subtract(deposits.reserved()), deposits.atRisk(),
				credits.count(), credits.amount());
	}

}
