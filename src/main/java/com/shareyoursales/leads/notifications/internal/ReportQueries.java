package com.shareyoursales.leads.notifications.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures of the daily report and of the merchants' lead digests, for one business day [from, to). */
@Repository
public class ReportQueries {

	/** Leads received that day, decisions taken that day, and what is still pending now. */
	public record DayFigures(long received, long validated, long rejected, long expired, long pending,
			BigDecimal commissionsCaptured, long recharges, BigDecimal rechargedAmount) {
	}

	public record DigestLead(String customerName, String city, BigDecimal serviceValue, BigDecimal commission) {
	}

	private final JdbcClient jdbc;

	ReportQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public DayFigures figures(Instant from, Instant to) {
		return jdbc.sql("""
				select
				  (select count(*) from leads where created_at >= :from and created_at < :to) as received,
				  (select count(*) from lead_validation where action = 'VALIDATED' and created_at >= :from and created_at < :to) as validated,
				  (select count(*) from lead_validation where action = 'REJECTED' and created_at >= :from and created_at < :to) as rejected,
				  (select count(*) from lead_validation where action = 'EXPIRED' and created_at >= :from and created_at < :to) as expired,
				  (select count(*) from leads where status = 'PENDING') as pending,
				  (select coalesce(sum(amount), 0) from deposit_transactions where type = 'CAPTURE' and created_at >= :from and created_at < :to) as captured,
				  (select count(*) from deposit_transactions where type = 'CREDIT' and created_at >= :from and created_at < :to) as recharges,
				  (select coalesce(sum(amount), 0) from deposit_transactions where type = 'CREDIT' and created_at >= :from and created_at < :to) as recharged""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, row) -> new DayFigures(rs.getLong("received"), rs.getLong("validated"), rs.getLong("rejected"),
					rs.getLong("expired"), rs.getLong("pending"), rs.getBigDecimal("captured").setScale(2),
					rs.getLong("recharges"), rs.getBigDecimal("recharged").setScale(2)))
			.single();
	}

	public List<DigestLead> leadsOf(UUID merchantId, Instant from, Instant to) {
		return jdbc.sql("""
				select customer_name, city, service_value, commission from leads
				 where merchant_id = :merchant and created_at >= :from and created_at < :to order by created_at""")
			.param("merchant", merchantId)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, row) -> new DigestLead(rs.getString("customer_name"), rs.getString("city"),
					rs.getBigDecimal("service_value"), rs.getBigDecimal("commission")))
			.list();
	}

}
