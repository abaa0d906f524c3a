package com.shareyoursales.leads.payments.internal;

import java.time.Instant;
import java.util.UUID;

import com.shareyoursales.leads.shared.BusinessTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Numbers receipts {@code RCP-<year>-<6 digits>}, per business year (Africa/Casablanca), without gaps: the year's
 * counter row stays locked until the crediting transaction ends, and rolls back with it.
 */
@Repository
class ReceiptNumbers {

	private final JdbcClient jdbc;

	ReceiptNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String assign(UUID paymentId, Instant at) {
		int year = at.atZone(BusinessTime.ZONE).getYear();
		int next = jdbc.sql("""
				insert into receipt_counters (year, last_number) values (:year, 1)
				on conflict (year) do update set last_number = receipt_counters.last_number + 1
				returning last_number""")
			.param("year", year)
			.query(Integer.class)
			.single();
		String number = "RCP-%d-%06d".formatted(year, next);
		jdbc.sql("update payments set receipt_number = :number where id = :id")
			.param("number", number)
			.param("id", paymentId)
			.update();
		return number;
	}

}
