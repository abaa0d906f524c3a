package com.shareyoursales.leads.payments.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code stripe_customers} table: a merchant's Stripe customer and the card it saved for auto-recharge. */
@Repository
public class StripeCustomers {

	/** A merchant's customer id, and its saved card (null until a checkout saved one). */
	public record StripeCustomer(UUID merchantId, String customerId, String paymentMethodId) {
	}

	private final JdbcClient jdbc;

	StripeCustomers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<StripeCustomer> find(UUID merchantId) {
		return jdbc.sql("select merchant_id, customer_id, payment_method_id from stripe_customers where merchant_id = ?")
			.param(merchantId)
			.query((rs, row) -> new StripeCustomer(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
			.optional();
	}

	public void insert(UUID merchantId, String customerId) {
		jdbc.sql("insert into stripe_customers (merchant_id, customer_id) values (?, ?) on conflict do nothing")
			.params(merchantId, customerId)
			.update();
	}

	/** Remembers the card Stripe attached to the customer (the latest one wins). */
	public void saveCard(String customerId, String paymentMethodId) {
		jdbc.sql("update stripe_customers set payment_method_id = ? where customer_id = ?")
			.params(paymentMethodId, customerId)
			.update();
	}

}
