package com.shareyoursales.leads.leads.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import com.shareyoursales.leads.leads.Lead;
import com.shareyoursales.leads.leads.LeadFilter;
import com.shareyoursales.leads.leads.LeadSort;
import com.shareyoursales.leads.leads.LeadSource;
import com.shareyoursales.leads.leads.LeadStatus;
import com.shareyoursales.leads.leads.RejectionReason;
import com.shareyoursales.leads.platform.database.SqlArrays;
import com.shareyoursales.leads.shared.BusinessTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

import org.jspecify.annotations.Nullable;

/** The {@code leads} and {@code lead_validation} tables. */
@Repository
public class LeadRows {

	private static final String SELECT = """
			select l.*, c.name as campaign_name, i.display_name as influencer_name
			  from leads l
			  join campaigns c on c.id = l.campaign_id
			  join users i on i.id = l.influencer_id
			""";

	private static final String FILTER = """
			 (cast(:merchant as uuid) is null or l.merchant_id = :merchant)
			 and (cast(:influencer as uuid) is null or l.influencer_id = :influencer)
			 and (cast(:status as varchar) is null or l.status = :status)
			 and (cast(:campaign as uuid) is null or l.campaign_id = :campaign)
			 and (cast(:source as varchar) is null or l.source = :source)
			 and (cast(:from as timestamptz) is null or l.created_at >= :from)
			 and (cast(:to as timestamptz) is null or l.created_at < :to)
			 and (cast(:q as varchar) is null or l.customer_name ilike :q or l.customer_phone ilike :q
			      or l.customer_email ilike :q or l.city ilike :q)
			""";

	/**
	 * A batch's leads' campaign and influencer names, looked up by key for each lead: PostgreSQL's cached plan for a
	 * batch joined to campaigns and users read both tables whole (it cannot know how many leads a batch holds).
	 */
	private static final String NAMES = """
			(select c.name from campaigns c where c.id = l.campaign_id) as campaign_name,
			(select i.display_name from users i where i.id = l.influencer_id) as influencer_name""";

	/** The keys as uuid[], not text[] with a cast: SqlArrays.uuids says why. */
	static final String LOCK = "select l.*, " + NAMES + " from leads l where l.id = any(:ids) order by l.id for update of l";

	private final JdbcClient jdbc;

	LeadRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record NewLead(UUID id, UUID campaignId, UUID merchantId, UUID influencerId, UUID depositId,
			String customerName, String customerPhone, String customerEmail, String city, BigDecimal serviceValue,
			BigDecimal commission, LeadSource source, String notes, Instant createdAt, Instant expiresAt) {
	}

	/** Whose leads a list shows: a merchant's, an influencer's, or (both null) everybody's. */
	public record Scope(UUID merchantId, UUID influencerId) {
	}

	/**
	 * Inserts the leads in one statement and returns them as {@link #find} would read them, in the same round trip
	 * and in the order given.
	 */
	public List<Lead> insert(List<NewLead> batch) {
		Map<UUID, Lead> inserted = new HashMap<>();
		jdbc.sql("""
				with l as (
				  insert into leads (id, campaign_id, merchant_id, influencer_id, deposit_id, customer_name,
				      customer_phone, customer_email, city, service_value, commission, source, notes, consent,
				      created_at, expires_at)
				  select id, campaign_id, merchant_id, influencer_id, deposit_id, customer_name, customer_phone,
				         customer_email, city, service_value, commission, source, notes, true, created_at, expires_at
				    from unnest(cast(:ids as uuid[]), cast(:campaigns as uuid[]), cast(:merchants as uuid[]),
				                cast(:influencers as uuid[]), cast(:deposits as uuid[]), cast(:names as text[]),
				                cast(:phones as text[]), cast(:emails as text[]), cast(:cities as text[]),
				                cast(:values as numeric[]), cast(:commissions as numeric[]), cast(:sources as text[]),
				                cast(:notes as text[]), cast(:createdAts as timestamptz[]),
				                cast(:expiresAts as timestamptz[]))
				         as n(id, campaign_id, merchant_id, influencer_id, deposit_id, customer_name, customer_phone,
				              customer_email, city, service_value, commission, source, notes, created_at, expires_at)
				  returning *)
				select l.*, """ + NAMES + " from l")
			.param("ids", column(batch, NewLead::id))
			.param("campaigns", column(batch, NewLead::campaignId))
			.param("merchants", column(batch, NewLead::merchantId))
			.param("influencers", column(batch, NewLead::influencerId))
			.param("deposits", column(batch, NewLead::depositId))
			.param("names", column(batch, NewLead::customerName))
			.param("phones", column(batch, NewLead::customerPhone))
			.param("emails", column(batch, NewLead::customerEmail))
			.param("cities", column(batch, NewLead::city))
			.param("values", column(batch, lead -> lead.serviceValue().toPlainString()))
			.param("commissions", column(batch, lead -> lead.commission().toPlainString()))
			.param("sources", column(batch, lead -> lead.source().name()))
			.param("notes", column(batch, NewLead::notes))
			.param("createdAts", column(batch, NewLead::createdAt))
			.param("expiresAts", column(batch, NewLead::expiresAt))
			.query(LeadRows::lead)
			.list()
			.forEach(lead -> inserted.put(lead.id(), lead));
		return batch.stream().map(lead -> inserted.get(lead.id())).toList();
	}

	private static SqlArrayValue column(List<NewLead> batch, Function<NewLead, Object> value) {
		return SqlArrays.text(batch.stream().map(value).toList());
	}

	public Optional<Lead> find(UUID id) {
		return jdbc.sql(SELECT + " where l.id = :id").param("id", id).query(LeadRows::lead).optional();
	}

	/**
	 * Locks the leads for decisions, in the order of their ids (two batches then cannot deadlock on them): concurrent
	 * decisions on one lead queue here and the later one sees it decided. Those that exist (and that row security
	 * shows), by id.
	 */
	public Map<UUID, Lead> lock(Collection<UUID> ids) {
		Map<UUID, Lead> locked = new HashMap<>();
		jdbc.sql(LOCK)
			.param("ids", SqlArrays.uuids(ids))
			.query(LeadRows::lead)
			.list()
			.forEach(lead -> locked.put(lead.id(), lead));
		return locked;
	}

	/** A submission's duplicate check: its phone, to its merchant, since the campaign's window opened. */
	public record DuplicateCheck(UUID merchantId, String phone, Instant since) {

		/** Intake serialises on this key, so that two racers with the same phone cannot both pass. */
		String lockKey() {
			return "lead-phone:" + merchantId + ":" + phone;
		}

	}

	/**
	 * For each check, in order: true when the phone reached the merchant since then in a lead that was not
	 * rejected; looked up under the checks' advisory locks, held until the transaction ends, so that two racers
	 * cannot both pass.
	 */
	public List<Boolean> lockedRecentNonRejected(List<DuplicateCheck> checks) {
		Boolean[] duplicates = jdbc.sql("""
				select lead_duplicates_locked(cast(:keys as text[]), cast(:merchants as uuid[]), cast(:phones as text[]),
				                              cast(:since as timestamptz[]))""")
			.param("keys", SqlArrays.text(checks.stream().map(DuplicateCheck::lockKey).toList()))
			.param("merchants", SqlArrays.text(checks.stream().map(DuplicateCheck::merchantId).toList()))
			.param("phones", SqlArrays.text(checks.stream().map(DuplicateCheck::phone).toList()))
			.param("since", SqlArrays.text(checks.stream().map(DuplicateCheck::since).toList()))
			.query((rs, row) -> (Boolean[]) rs.getArray(1).getArray())
			.single();
		return List.of(duplicates);
	}

	public long countForInfluencerSince(UUID campaignId, UUID influencerId, Instant since) {
		return jdbc.sql("""
				select count(*) from leads where campaign_id = :campaign and influencer_id = :influencer
				   and created_at >= :since""")
			.param("campaign", campaignId)
			.param("influencer", influencerId)
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.single();
	}

	public long countForCampaign(UUID campaignId) {
		return jdbc.sql("select count(*) from leads where campaign_id = :campaign")
			.param("campaign", campaignId)
			.query(Long.class)
			.single();
	}

	/** Serialises intake for one key (a merchant's phone, a campaign's caps) until the transaction ends. */
	public void lockKey(String key) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", key).query().singleValue();
	}

	/** A lead's decision as {@link #markDecided} records it. */
	public record Decided(UUID id, LeadStatus status, Instant at, @Nullable UUID by, @Nullable RejectionReason reason,
			@Nullable String comment) {
	}

	/**
	 * Callers hold the leads' row locks and saw them PENDING; the leads_final trigger refuses to change a final status.
	 * One statement for the batch, with each decision's row in lead_validation from what the update returns. The
	 * update joins the batch to the leads by id alone, on purpose: with "and status = 'PENDING'" PostgreSQL's cached
	 * (generic) plan chose the small partial index of pending leads by deposit and read every pending lead of the
	 * deposit to find one (60 ms with a thousand pending leads on a deposit, seen with auto_explain in a benchmark
	 * run), not the primary key.
	 */
	public void markDecided(List<Decided> decisions) {
		int recorded = jdbc.sql("""
				with decided as (
				  update leads l set status = k.status, decided_at = k.at, decided_by = k.by_user,
				         rejection_reason = k.reason, rejection_comment = k.comment
				    from unnest(cast(:ids as uuid[]), cast(:statuses as text[]), cast(:ats as timestamptz[]),
				                cast(:bys as uuid[]), cast(:reasons as text[]), cast(:comments as text[]))
				         as k(id, status, at, by_user, reason, comment)
				   where l.id = k.id
				  returning l.id, l.merchant_id, k.status, k.at, k.by_user, k.reason, k.comment)
				insert into lead_validation (lead_id, merchant_id, action, decided_by, reason, comment, created_at)
				select id, merchant_id, status, by_user, reason, comment, at from decided""")
			.param("ids", SqlArrays.text(decisions.stream().map(Decided::id).toList()))
			.param("statuses", SqlArrays.text(decisions.stream().map(Decided::status).toList()))
			.param("ats", SqlArrays.text(decisions.stream().map(Decided::at).toList()))
			.param("bys", SqlArrays.text(decisions.stream().map(Decided::by).toList()))
			.param("reasons", SqlArrays.text(decisions.stream().map(Decided::reason).toList()))
			.param("comments", SqlArrays.text(decisions.stream().map(Decided::comment).toList()))
			.update();
		if (recorded != decisions.size()) {
			throw new IllegalStateException(decisions.size() + " leads to mark decided, " + recorded
					+ " updated: the caller must hold their row locks");
		}
	}

	/** Pending leads past their expiry, locked, skipping those another instance or a decision is handling. */
	public List<Lead> lockDueForExpiry(Instant now, int limit) {
		return jdbc.sql(SELECT + """
				 where l.status = 'PENDING' and l.expires_at <= :now
				 order by l.expires_at limit :limit for update of l skip locked""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query(LeadRows::lead)
			.list();
	}

	public List<Lead> list(Scope scope, LeadFilter filter, LeadSort sort, int page, int size) {
		return bind(jdbc.sql(SELECT + " where " + FILTER + " order by " + sort.sql() + " limit :limit offset :offset"),
				scope, filter)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(LeadRows::lead)
			.list();
	}

	public long count(Scope scope, LeadFilter filter) {
		return bind(jdbc.sql("select count(*) from leads l where " + FILTER), scope, filter).query(Long.class).single();
	}

	/** Streams every matching lead in order (CSV export) without holding them all in memory. */
	public void forEach(Scope scope, LeadFilter filter, LeadSort sort, int limit, Consumer<Lead> consumer) {
		bind(jdbc.sql(SELECT + " where " + FILTER + " order by " + sort.sql() + " limit :limit"), scope, filter)
			.param("limit", limit)
			.query(LeadRows::lead)
			.stream()
			.forEach(consumer);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Scope scope, LeadFilter filter) {
		return statement.param("merchant", scope.merchantId())
			.param("influencer", scope.influencerId())
			.param("status", filter.status() == null ? null : filter.status().name())
			.param("campaign", filter.campaignId())
			.param("source", filter.source() == null ? null : filter.source().name())
			.param("from", filter.from() == null ? null : Timestamp.from(BusinessTime.startOfDay(filter.from())))
			.param("to", filter.to() == null ? null : Timestamp.from(BusinessTime.startOfDay(filter.to().plusDays(1))))
			.param("q", filter.q() == null || filter.q().isBlank() ? null : "%" + escapeLike(filter.q().trim()) + "%");
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static Lead lead(ResultSet rs, int row) throws SQLException {
		String reason = rs.getString("rejection_reason");
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Lead(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
				rs.getString("campaign_name"), rs.getObject("merchant_id", UUID.class),
				rs.getObject("influencer_id", UUID.class), rs.getString("influencer_name"),
				rs.getObject("deposit_id", UUID.class), rs.getString("customer_name"), rs.getString("customer_phone"),
				rs.getString("customer_email"), rs.getString("city"), rs.getBigDecimal("service_value"),
				rs.getBigDecimal("commission"), LeadSource.valueOf(rs.getString("source")), rs.getString("notes"),
				LeadStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant(), decided == null ? null : decided.toInstant(),
				reason == null ? null : RejectionReason.valueOf(reason), rs.getString("rejection_comment"));
	}

}
