package com.shareyoursales.leads.payments.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.shareyoursales.leads.payments.Payment;
import com.shareyoursales.leads.payments.PaymentMethod;
import com.shareyoursales.leads.payments.PaymentStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code payments} and {@code payment_status_history} tables. */
@Repository
public class PaymentRows {

	private static final String SELECT = """
			select p.*, coalesce(u.company_name, u.display_name) as merchant_name
			  from payments p join users u on u.id = p.merchant_id
			""";

	private static final String FILTER = """
			 where (cast(:merchant as uuid) is null or p.merchant_id = :merchant)
			   and (cast(:status as varchar) is null or p.status = :status)
			   and (cast(:method as varchar) is null or p.method = :method)
			""";

	/** A new payment, before it is written. */
	public record NewPayment(UUID merchantId, UUID depositId, PaymentMethod method, String purpose,
			BigDecimal amount, String externalKey) {
	}

	/** Filters of the payments list; null means "any". */
	public record Filter(UUID merchantId, PaymentStatus status, PaymentMethod method) {

		JdbcClient.StatementSpec apply(JdbcClient.StatementSpec statement) {
			return statement.param("merchant", merchantId)
				.param("status", status == null ? null : status.name())
				.param("method", method == null ? null : method.name());
		}

	}

	private final JdbcClient jdbc;

	PaymentRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes a PENDING payment and the first line of its history. */
	public UUID insert(NewPayment payment) {
		UUID id = jdbc.sql("""
				insert into payments (merchant_id, deposit_id, method, purpose, amount, external_key)
				values (:merchant, :deposit, :method, :purpose, :amount, :key) returning id""")
			.param("merchant", payment.merchantId())
			.param("deposit", payment.depositId())
			.param("method", payment.method().name())
			.param("purpose", payment.purpose())
			.param("amount", payment.amount())
			.param("key", payment.externalKey())
			.query(UUID.class)
			.single();
		history(id, payment.merchantId(), null, PaymentStatus.PENDING, "created");
		return id;
	}

	public Optional<Payment> find(UUID id) {
		return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(PaymentRows::payment).optional();
	}

	/**
	 * The payment, locked until the end of the transaction: status changes of one payment happen one at a time.
	 * {@code no key update} does not conflict with the key-share locks that rows referencing the payment take (a
	 * webhook event row, the ledger row), so two deliveries of different events for one payment cannot deadlock.
	 */
	public Optional<Payment> lock(UUID id) {
		return jdbc.sql("select id from payments where id = :id for no key update")
			.param("id", id)
			.query(UUID.class)
			.optional()
			.flatMap(this::find);
	}

	/** When the payment succeeded (the date printed on its receipt). */
	public Optional<Instant> succeededAt(UUID id) {
		return jdbc.sql("select succeeded_at from payments where id = :id and succeeded_at is not null")
			.param("id", id)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	public Optional<UUID> idByExternalKey(String externalKey) {
		return jdbc.sql("select id from payments where external_key = :key")
			.param("key", externalKey)
			.query(UUID.class)
			.optional();
	}

	public Optional<UUID> idByProviderReference(PaymentMethod method, String reference) {
		return jdbc.sql("select id from payments where method = :method and provider_reference = :reference")
			.param("method", method.name())
			.param("reference", reference)
			.query(UUID.class)
			.optional();
	}

	/** Moves a payment to another status and records the change in its history. */
	public void changeStatus(Payment payment, PaymentStatus target, String providerReference, String providerError,
			Instant at, String note) {
		jdbc.sql("""
				update payments
				   set status = :status, provider_reference = coalesce(provider_reference, :reference),
				       provider_error = :error,
				       succeeded_at = case when :status = 'SUCCEEDED' then :at else succeeded_at end
				 where id = :id""")
			.param("id", payment.id())
			.param("status", target.name())
			.param("reference", providerReference)
			.param("error", providerError)
			.param("at", Timestamp.from(at))
			.update();
		history(payment.id(), payment.merchantId(), payment.status(), target, note);
	}

	/** Records the provider's reference (a Checkout Session id...) once the provider has given it. */
	public void setProviderReference(UUID id, String reference) {
		jdbc.sql("update payments set provider_reference = :reference where id = :id")
			.param("id", id)
			.param("reference", reference)
			.update();
	}

	/** Payments of a method still PENDING or UNKNOWN since before the cutoff, oldest first. */
	public List<Payment> openSince(PaymentMethod method, Instant cutoff, int limit) {
		return jdbc.sql(SELECT + """
				 where p.method = :method and p.status in ('PENDING', 'UNKNOWN') and p.created_at < :cutoff
				 order by p.created_at limit :limit""")
			.param("method", method.name())
			.param("cutoff", Timestamp.from(cutoff))
			.param("limit", limit)
			.query(PaymentRows::payment)
			.list();
	}

	public List<Payment> list(Filter filter, int page, int size) {
		return filter.apply(jdbc.sql(SELECT + FILTER + " order by p.created_at desc, p.id limit :limit offset :offset"))
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(PaymentRows::payment)
			.list();
	}

	public long count(Filter filter) {
		return filter.apply(jdbc.sql("select count(*) from payments p" + FILTER)).query(Long.class).single();
	}

	/** The history of one payment, oldest first, as "FROM->TO" lines (for tests and support). */
	public List<String> history(UUID paymentId) {
		return jdbc.sql("""
				select coalesce(from_status, '') || '->' || to_status from payment_status_history
				 where payment_id = :id order by id""")
			.param("id", paymentId)
			.query(String.class)
			.list();
	}

	private void history(UUID paymentId, UUID merchantId, PaymentStatus from, PaymentStatus to, String note) {
		jdbc.sql("""
				insert into payment_status_history (payment_id, merchant_id, from_status, to_status, note)
				values (:payment, :merchant, :from, :to, :note)""")
			.param("payment", paymentId)
			.param("merchant", merchantId)
			.param("from", from == null ? null : from.name())
			.param("to", to.name())
			.param("note", note == null ? null : note.substring(0, Math.min(note.length(), 1000)))
			.update();
	}

	static Payment payment(ResultSet rs, int row) throws SQLException {
		return new Payment(rs.getObject("id", UUID.class), rs.getObject("merchant_id", UUID.class),
				rs.getString("merchant_name"), rs.getObject("deposit_id", UUID.class),
				PaymentMethod.valueOf(rs.getString("method")), rs.getBigDecimal("amount"), rs.getString("currency"),
				PaymentStatus.valueOf(rs.getString("status")), rs.getString("provider_reference"),
				rs.getString("provider_error"), rs.getString("external_key"), rs.getString("receipt_number"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

}
