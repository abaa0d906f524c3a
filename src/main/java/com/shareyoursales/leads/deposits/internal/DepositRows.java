package com.shareyoursales.leads.deposits.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.shareyoursales.leads.deposits.DepositBalance;
import com.shareyoursales.leads.deposits.DepositTransaction;
import com.shareyoursales.leads.deposits.Movement;
import com.shareyoursales.leads.deposits.TransactionType;
import com.shareyoursales.leads.platform.database.SqlArrays;
import com.shareyoursales.leads.shared.AlertLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code company_deposits} and {@code deposit_transactions} tables, and the SQL ledger functions. */
@Repository
public class DepositRows {

	private static final String BALANCE = """
			select d.id, d.merchant_id, coalesce(u.company_name, u.display_name) as merchant_name, d.campaign_id,
			       c.name as campaign_name, d.balance, d.reserved, d.reference_amount, d.alert_level, d.updated_at
			  from company_deposits d join users u on u.id = d.merchant_id
			  left join campaigns c on c.id = d.campaign_id
			""";

	private final JdbcClient jdbc;

	DepositRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID insert(UUID merchantId, UUID campaignId) {
		return jdbc.sql("insert into company_deposits (merchant_id, campaign_id) values (:merchant, :campaign) returning id")
			.param("merchant", merchantId)
			.param("campaign", campaignId)
			.query(UUID.class)
			.single();
	}

	/** Calls one of the ledger functions (reserve_on_deposit, deduct_from_deposit...) and reads its outcome. */
	public Movement move(String function, Object... arguments) {
		String placeholders = String.join(", ", java.util.Collections.nCopies(arguments.length, "?"));
		var statement = jdbc.sql("select * from " + function + "(" + placeholders + ")");
		for (Object argument : arguments) {
			statement = statement.param(argument);
		}
		return statement.query(DepositRows::movement).single();
	}

	public Optional<DepositBalance> find(UUID id) {
		return jdbc.sql(BALANCE + " where d.id = :id").param("id", id).query(DepositRows::balance).optional();
	}

	/**
	 * For each (merchant, campaign) pair, in order, the deposit the campaign's leads draw on (its dedicated one if
	 * there is one, else the general one), or null: one round trip for a batch of lead submissions. Two look-ups, each
	 * by its unique index, rather than one "campaign_id = … or campaign_id is null", which no index serves (PostgreSQL
	 * read the deposits whole for it, seen with EXPLAIN).
	 */
	public List<UUID> fundingDeposits(List<UUID> merchantIds, List<UUID> campaignIds) {
		UUID[] found = new UUID[merchantIds.size()];
		jdbc.sql("""
				select k.n, coalesce(
				         (select id from company_deposits where campaign_id = k.campaign and merchant_id = k.merchant),
				         (select id from company_deposits where merchant_id = k.merchant and campaign_id is null)) as id
				  from unnest(cast(:merchants as uuid[]), cast(:campaigns as uuid[])) with ordinality as k(merchant, campaign, n)""")
			.param("merchants", SqlArrays.text(merchantIds))
			.param("campaigns", SqlArrays.text(campaignIds))
			.query((rs, row) -> found[rs.getInt("n") - 1] = rs.getObject("id", UUID.class))
			.list();
		return Arrays.asList(found);
	}

	/**
	 * Calls {@code move_for_lead} once per row (RESERVE, CAPTURE or RELEASE), in the rows' order, in one statement
	 * (the caller orders them by deposit, so that batches lock deposits in one order), and reads each outcome.
	 */
	public List<Movement> moveForLeads(List<String> kinds, List<UUID> depositIds, List<UUID> leadIds,
			List<BigDecimal> amounts, List<UUID> byIds) {
		return jdbc.sql("""
				select r.*
				  from unnest(cast(:kinds as text[]), cast(:deposits as uuid[]), cast(:leads as uuid[]),
				              cast(:amounts as numeric[]), cast(:bys as uuid[]))
				       with ordinality as k(kind, deposit, lead, amount, by_user, n)
				  cross join lateral move_for_lead(k.kind, k.deposit, k.lead, k.amount, k.by_user) r
				 order by k.n""")
			.param("kinds", SqlArrays.text(kinds))
			.param("deposits", SqlArrays.text(depositIds))
			.param("leads", SqlArrays.text(leadIds))
			.param("amounts", SqlArrays.text(amounts.stream().map(BigDecimal::toPlainString).toList()))
			.param("bys", SqlArrays.text(byIds))
			.query(DepositRows::movement)
			.list();
	}

	public Optional<UUID> existing(UUID merchantId, UUID campaignId) {
		return jdbc.sql("""
				select id from company_deposits
				 where merchant_id = :merchant and campaign_id is not distinct from :campaign""")
			.param("merchant", merchantId)
			.param("campaign", campaignId)
			.query(UUID.class)
			.optional();
	}

	public List<DepositBalance> forMerchant(UUID merchantId) {
		return jdbc.sql(BALANCE + " where (cast(:merchant as uuid) is null or d.merchant_id = :merchant) order by d.campaign_id nulls first, d.created_at")
			.param("merchant", merchantId)
			.query(DepositRows::balance)
			.list();
	}

	public List<DepositBalance> atOrWorse(UUID merchantId, List<AlertLevel> levels) {
		return jdbc.sql(BALANCE + """
				 where (cast(:merchant as uuid) is null or d.merchant_id = :merchant) and d.alert_level in (:levels)
				 order by d.balance - d.reserved, d.id""")
			.param("merchant", merchantId)
			.param("levels", levels.stream().map(Enum::name).toList())
			.query(DepositRows::balance)
			.list();
	}

	public List<DepositTransaction> transactions(TransactionFilter filter, int page, int size) {
		return filter.apply(jdbc.sql("select * from deposit_transactions t where " + TransactionFilter.WHERE
				+ " order by t.id desc limit :limit offset :offset"))
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(DepositRows::transaction)
			.list();
	}

	public long countTransactions(TransactionFilter filter) {
		return filter.apply(jdbc.sql("select count(*) from deposit_transactions t where " + TransactionFilter.WHERE))
			.query(Long.class)
			.single();
	}

	/** Filters of the ledger list; null means "any". */
	public record TransactionFilter(UUID merchantId, UUID depositId, TransactionType type, Instant from, Instant to) {

		static final String WHERE = """
				(cast(:merchant as uuid) is null or t.merchant_id = :merchant)
				and (cast(:deposit as uuid) is null or t.deposit_id = :deposit)
				and (cast(:type as varchar) is null or t.type = :type)
				and (cast(:from as timestamptz) is null or t.created_at >= :from)
				and (cast(:to as timestamptz) is null or t.created_at < :to)""";

		JdbcClient.StatementSpec apply(JdbcClient.StatementSpec statement) {
			return statement.param("merchant", merchantId)
				.param("deposit", depositId)
				.param("type", type == null ? null : type.name())
				.param("from", from == null ? null : java.sql.Timestamp.from(from))
				.param("to", to == null ? null : java.sql.Timestamp.from(to));
		}
	}

	static Movement movement(ResultSet rs, int row) throws SQLException {
		String level = rs.getString("alert_level");
		String previous = rs.getString("previous_level");
		return new Movement(Movement.Outcome.valueOf(rs.getString("outcome")), rs.getBigDecimal("balance"),
				rs.getBigDecimal("reserved"), rs.getBigDecimal("reference_amount"),
				level == null ? null : AlertLevel.valueOf(level), previous == null ? null : AlertLevel.valueOf(previous),
				(Long) rs.getObject("transaction_id"));
	}

	static DepositBalance balance(ResultSet rs, int row) throws SQLException {
		BigDecimal balance = rs.getBigDecimal("balance");
		BigDecimal reserved = rs.getBigDecimal("reserved");
		BigDecimal available = balance.subtract(reserved);
		BigDecimal reference = rs.getBigDecimal("reference_amount");
		AlertLevel level = AlertLevel.valueOf(rs.getString("alert_level"));
		return new DepositBalance(rs.getObject("id", UUID.class), rs.getObject("merchant_id", UUID.class),
				rs.getString("merchant_name"), rs.getObject("campaign_id", UUID.class), rs.getString("campaign_name"), balance, reserved, available,
				reference, AlertLevel.percentage(available, reference), level, level == AlertLevel.DEPLETED,
				rs.getTimestamp("updated_at").toInstant());
	}

	static DepositTransaction transaction(ResultSet rs, int row) throws SQLException {
		return new DepositTransaction(rs.getLong("id"), rs.getObject("deposit_id", UUID.class),
				rs.getObject("merchant_id", UUID.class), TransactionType.valueOf(rs.getString("type")),
				rs.getBigDecimal("amount"), rs.getObject("lead_id", UUID.class), rs.getObject("payment_id", UUID.class),
				rs.getBigDecimal("balance_after"), rs.getBigDecimal("reserved_after"), rs.getString("reason"),
				rs.getObject("created_by", UUID.class), rs.getTimestamp("created_at").toInstant());
	}

}
