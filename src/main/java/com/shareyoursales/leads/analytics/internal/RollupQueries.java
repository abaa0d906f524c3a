package com.shareyoursales.leads.analytics.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import com.shareyoursales.leads.analytics.LeadStats.StatusTotals;
import com.shareyoursales.leads.analytics.TimelineDay;
import com.shareyoursales.leads.analytics.TopInfluencer;
import com.shareyoursales.leads.shared.Money;
import com.shareyoursales.leads.analytics.Kpis;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/** Reads of the lead rollups; each query touches the rows of one key over the slices of a range. */
@Repository
public class RollupQueries {

	private final JdbcClient jdbc;

	RollupQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static final String KEY = "scope = :scope and merchant_id = :merchant and influencer_id = :influencer"
			+ " and campaign_id = :campaign";

	/** The sums of the status columns, as the KPIs read them. */
	private static final String STATUS_SUMS = """
			sum(pending) as pending, sum(validated) as validated, sum(rejected) as rejected, sum(expired) as expired,
			sum(pending_commission) as pending_commission, sum(validated_commission) as validated_commission,
			sum(validated_value) as validated_value""";

	public Map<String, StatusTotals> statusTotals(RollupKey key, LocalDate from, LocalDate to) {
		PeriodSlices slices = slices(key.scope(), from, to);
		return keyed(slices, "select %s from %s r".formatted(STATUS_SUMS, slices.rows("lead_rollups", KEY)), key)
			.query((rs, n) -> totalsOf(rs))
			.single();
	}

	public SortedMap<Integer, Long> decisionHistogram(RollupKey key, LocalDate from, LocalDate to) {
		SortedMap<Integer, Long> histogram = new TreeMap<>();
		PeriodSlices slices = slices(key.scope(), from, to);
		keyed(slices, """
				select bucket_seconds, sum(decisions) as decisions
				  from %s r
				 group by bucket_seconds
				having sum(decisions) > 0""".formatted(slices.rows("lead_decision_rollups", KEY)), key)
			.query((rs, n) -> histogram.put(rs.getInt("bucket_seconds"), rs.getLong("decisions")))
			.list();
		return histogram;
	}

	/** Per day, the daily rollups of a key between two business days (inclusive); days without leads are absent. */
	public Map<LocalDate, TimelineDay> timeline(RollupKey key, LocalDate from, LocalDate to) {
		Map<LocalDate, TimelineDay> days = new TreeMap<>();
		jdbc.sql("""
				select period, sum(pending) as pending, sum(validated) as validated, sum(rejected) as rejected,
				       sum(expired) as expired
				  from lead_rollups
				 where scope = :scope and merchant_id = :merchant and influencer_id = :influencer
				   and campaign_id = :campaign and grain = 'D' and period between :from and :to
				 group by period""")
			.param("scope", key.scope())
			.param("merchant", key.merchantId())
			.param("influencer", key.influencerId())
			.param("campaign", key.campaignId())
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> {
				long pending = rs.getLong("pending");
				long validated = rs.getLong("validated");
				long rejected = rs.getLong("rejected");
				long expired = rs.getLong("expired");
				LocalDate day = rs.getObject("period", LocalDate.class);
				return days.put(day, new TimelineDay(day, pending + validated + rejected + expired, pending, validated,
						rejected, expired));
			})
			.list();
		return days;
	}

	/** Influencers of the platform (merchant = ALL) or of one merchant, by validated leads, then total leads. */
	public List<TopInfluencer> topInfluencers(UUID merchantId, LocalDate from, LocalDate to, long minLeads,
			int limit) {
		int scope = RollupKey.ALL.equals(merchantId) ? 3 : 5;
		PeriodSlices slices = slices(scope, from, to);
		return slices.bind(jdbc.sql("""
				select t.*, u.display_name
				  from (select r.influencer_id, sum(r.validated) as validated, sum(r.rejected) as rejected,
				               sum(r.expired) as expired, sum(r.pending) as pending,
				               sum(r.validated_commission) as earnings
				          from %s r
				         group by r.influencer_id
				        having sum(r.pending + r.validated + r.rejected + r.expired) >= :minLeads
				         order by sum(r.validated) desc, sum(r.pending + r.validated + r.rejected + r.expired) desc,
				                  r.influencer_id
				         limit :limit) t
				  join users u on u.id = t.influencer_id
				 order by t.validated desc, t.pending + t.validated + t.rejected + t.expired desc, t.influencer_id"""
			.formatted(slices.rows("lead_rollups",
					"scope = :scope and merchant_id = :merchant and campaign_id = :all"))))
			.param("scope", scope)
			.param("merchant", merchantId)
			.param("all", RollupKey.ALL)
			.param("minLeads", minLeads)
			.param("limit", limit)
			.query((rs, n) -> {
				long validated = rs.getLong("validated");
				long rejected = rs.getLong("rejected");
				long expired = rs.getLong("expired");
				long pending = rs.getLong("pending");
				return new TopInfluencer(rs.getObject("influencer_id", UUID.class), rs.getString("display_name"),
						pending + validated + rejected + expired, validated, rejected, expired, pending,
						Kpis.rate(validated, validated + rejected + expired),
						rs.getBigDecimal("earnings").setScale(2));
			})
			.list();
	}

	/** Per value of the dimension (SOURCE or CITY), the totals by status. */
	public Map<String, Map<String, StatusTotals>> breakdown(RollupKey key, String dimension, LocalDate from,
			LocalDate to) {
		Map<String, Map<String, StatusTotals>> values = new TreeMap<>();
		PeriodSlices slices = PeriodSlices.of(from, to, false);
		keyed(slices, """
				select value, %s
				  from %s r
				 group by value
				having sum(pending + validated + rejected + expired) > 0""".formatted(STATUS_SUMS,
				slices.rows("lead_breakdown_rollups", KEY + " and dimension = :dimension")), key)
			.param("dimension", dimension)
			.query((rs, n) -> values.put(rs.getString("value"), totalsOf(rs)))
			.list();
		return values;
	}

	/** Whether the influencer ever brought the merchant a lead. */
	public boolean workedFor(UUID merchantId, UUID influencerId) {
		return jdbc.sql("""
				select exists (select 1 from lead_rollups where scope = 5 and merchant_id = :merchant
				                 and influencer_id = :influencer and campaign_id = :all and grain = 'M')""")
			.param("merchant", merchantId)
			.param("influencer", influencerId)
			.param("all", RollupKey.ALL)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Merchants (scope 2) or influencers (scope 3) with at least one lead created in the range: one short index probe
	 * per account (the first slice with a lead answers), rather than summing every period of every account.
	 */
	public long active(int scope, LocalDate from, LocalDate to) {
		boolean merchants = scope == 2;
		PeriodSlices slices = slices(scope, from, to);
		String key = "scope = :scope and merchant_id = %s and influencer_id = %s and campaign_id = :all"
			.formatted(merchants ? "u.id" : ":all", merchants ? ":all" : "u.id");
		return slices.bind(jdbc.sql("""
				select count(*) from users u
				 where u.role = :role
				   and exists (select 1 from %s r where r.pending + r.validated + r.rejected + r.expired > 0)"""
			.formatted(slices.rows("lead_rollups", key))))
			.param("scope", scope)
			.param("role", merchants ? "MERCHANT" : "INFLUENCER")
			.param("all", RollupKey.ALL)
			.query(Long.class)
			.single();
	}

	/** Ten-day blocks are kept for the platform-wide scopes only (platform, merchant, influencer). */
	private static PeriodSlices slices(int scope, LocalDate from, LocalDate to) {
		return PeriodSlices.of(from, to, scope <= 3);
	}

	private StatementSpec keyed(PeriodSlices slices, String sql, RollupKey key) {
		return slices.bind(jdbc.sql(sql))
			.param("scope", key.scope())
			.param("merchant", key.merchantId())
			.param("influencer", key.influencerId())
			.param("campaign", key.campaignId());
	}

	/** The four statuses' totals of a row of STATUS_SUMS (only the sums the KPIs use are kept). */
	private static Map<String, StatusTotals> totalsOf(ResultSet rs) throws SQLException {
		Map<String, StatusTotals> totals = new LinkedHashMap<>();
		totals.put("PENDING", new StatusTotals(rs.getLong("pending"), scaled(rs.getBigDecimal("pending_commission")),
				Money.ZERO));
		totals.put("VALIDATED", new StatusTotals(rs.getLong("validated"),
				scaled(rs.getBigDecimal("validated_commission")), scaled(rs.getBigDecimal("validated_value"))));
		totals.put("REJECTED", new StatusTotals(rs.getLong("rejected"), Money.ZERO, Money.ZERO));
		totals.put("EXPIRED", new StatusTotals(rs.getLong("expired"), Money.ZERO, Money.ZERO));
		return totals;
	}

	/** A sum over no rows is null: zero. */
	private static BigDecimal scaled(BigDecimal amount) {
		return amount == null ? Money.ZERO : amount.setScale(2);
	}

}
