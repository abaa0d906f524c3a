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
import com.shareyoursales.leads.analytics.TopInfluencer;
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

	public Map<String, StatusTotals> statusTotals(RollupKey key, PeriodSlices slices) {
		Map<String, StatusTotals> totals = new LinkedHashMap<>();
		keyed(slices, """
				select status, sum(leads) as leads, sum(commission) as commission, sum(service_value) as service_value
				  from %s r
				 group by status""".formatted(PeriodSlices.rows("lead_rollups", KEY)), key)
			.query((rs, n) -> totals.put(rs.getString("status"), totalsOf(rs)))
			.list();
		return totals;
	}

	public SortedMap<Integer, Long> decisionHistogram(RollupKey key, PeriodSlices slices) {
		SortedMap<Integer, Long> histogram = new TreeMap<>();
		keyed(slices, """
				select bucket_seconds, sum(decisions) as decisions
				  from %s r
				 group by bucket_seconds
				having sum(decisions) > 0""".formatted(PeriodSlices.rows("lead_decision_rollups", KEY)), key)
			.query((rs, n) -> histogram.put(rs.getInt("bucket_seconds"), rs.getLong("decisions")))
			.list();
		return histogram;
	}

	/** Per day and status, the daily rollups of a key between two business days (inclusive). */
	public Map<LocalDate, Map<String, Long>> timeline(RollupKey key, LocalDate from, LocalDate to) {
		Map<LocalDate, Map<String, Long>> days = new TreeMap<>();
		jdbc.sql("""
				select period, status, sum(leads) as leads
				  from lead_rollups
				 where scope = :scope and merchant_id = :merchant and influencer_id = :influencer
				   and campaign_id = :campaign and grain = 'D' and period between :from and :to
				 group by period, status""")
			.param("scope", key.scope())
			.param("merchant", key.merchantId())
			.param("influencer", key.influencerId())
			.param("campaign", key.campaignId())
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> days.computeIfAbsent(rs.getObject("period", LocalDate.class), d -> new LinkedHashMap<>())
				.put(rs.getString("status"), rs.getLong("leads")))
			.list();
		return days;
	}

	/** Influencers of the platform (merchant = ALL) or of one merchant, by validated leads, then total leads. */
	public List<TopInfluencer> topInfluencers(UUID merchantId, PeriodSlices slices, long minLeads, int limit) {
		int scope = RollupKey.ALL.equals(merchantId) ? 3 : 5;
		return slices.bind(jdbc.sql("""
				select r.influencer_id, u.display_name, sum(r.leads) as total,
				       coalesce(sum(r.leads) filter (where r.status = 'VALIDATED'), 0) as validated,
				       coalesce(sum(r.leads) filter (where r.status = 'REJECTED'), 0) as rejected,
				       coalesce(sum(r.leads) filter (where r.status = 'EXPIRED'), 0) as expired,
				       coalesce(sum(r.leads) filter (where r.status = 'PENDING'), 0) as pending,
				       coalesce(sum(r.commission) filter (where r.status = 'VALIDATED'), 0) as earnings
				  from %s r join users u on u.id = r.influencer_id
				 group by r.influencer_id, u.display_name
				having sum(r.leads) >= :minLeads
				 order by validated desc, total desc, r.influencer_id
				 limit :limit""".formatted(PeriodSlices.rows("lead_rollups",
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
				return new TopInfluencer(rs.getObject("influencer_id", UUID.class), rs.getString("display_name"),
						rs.getLong("total"), validated, rejected, expired, rs.getLong("pending"),
						Kpis.rate(validated, validated + rejected + expired),
						rs.getBigDecimal("earnings").setScale(2));
			})
			.list();
	}

	/** Per value of the dimension (SOURCE or CITY), the totals by status. */
	public Map<String, Map<String, StatusTotals>> breakdown(RollupKey key, String dimension, PeriodSlices slices) {
		Map<String, Map<String, StatusTotals>> values = new TreeMap<>();
		keyed(slices, """
				select value, status, sum(leads) as leads, sum(commission) as commission,
				       sum(service_value) as service_value
				  from %s r
				 group by value, status
				having sum(leads) > 0""".formatted(PeriodSlices.rows("lead_breakdown_rollups", KEY + " and dimension = :dimension")), key)
			.param("dimension", dimension)
			.query((rs, n) -> values.computeIfAbsent(rs.getString("value"), v -> new LinkedHashMap<>())
				.put(rs.getString("status"), totalsOf(rs)))
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

	/** Merchants (scope 2) or influencers (scope 3) with at least one lead created in the range. */
	public long active(int scope, PeriodSlices slices) {
		String column = scope == 2 ? "merchant_id" : "influencer_id";
		return slices.bind(jdbc.sql("""
				select count(*) from (select %s from %s r group by %s having sum(leads) > 0) active"""
			.formatted(column, PeriodSlices.rows("lead_rollups", "scope = :scope"), column)))
			.param("scope", scope)
			.query(Long.class)
			.single();
	}

	private StatementSpec keyed(PeriodSlices slices, String sql, RollupKey key) {
		return slices.bind(jdbc.sql(sql))
			.param("scope", key.scope())
			.param("merchant", key.merchantId())
			.param("influencer", key.influencerId())
			.param("campaign", key.campaignId());
	}

	private static StatusTotals totalsOf(ResultSet rs) throws SQLException {
		return new StatusTotals(rs.getLong("leads"), scaled(rs.getBigDecimal("commission")),
				scaled(rs.getBigDecimal("service_value")));
	}

	private static BigDecimal scaled(BigDecimal amount) {
		return amount.setScale(2);
	}

}
