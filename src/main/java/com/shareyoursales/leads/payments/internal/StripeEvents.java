package com.shareyoursales.leads.payments.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code stripe_events} table: each webhook event is handled once, however often Stripe delivers it. */
@Repository
class StripeEvents {

	private final JdbcClient jdbc;

	StripeEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the event id; false when it was already recorded. A concurrent delivery of the same event waits here
	 * on the primary key until the first one's transaction ends, so only one of them handles it.
	 */
	boolean firstDelivery(String eventId, String type, UUID paymentId) {
		return jdbc.sql("""
				insert into stripe_events (id, type, payment_id) values (:id, :type, :payment)
				on conflict do nothing""")
			.param("id", eventId)
			.param("type", type)
			.param("payment", paymentId)
			.update() == 1;
	}

}
