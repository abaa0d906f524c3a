package com.shareyoursales.leads.agreements.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.shareyoursales.leads.agreements.Agreement;
import com.shareyoursales.leads.agreements.Agreement.CommissionOverride;
import com.shareyoursales.leads.agreements.AgreementParties;
import com.shareyoursales.leads.agreements.AgreementStatus;

import com.shareyoursales.leads.platform.database.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code influencer_agreements} table. */
@Repository
public class Agreements {

	private static final String SELECT = """
			select a.*, coalesce(m.company_name, m.display_name) as merchant_name, i.display_name as influencer_name,
			       c.name as campaign_name
			  from influencer_agreements a
			  join users m on m.id = a.merchant_id
			  join users i on i.id = a.influencer_id
			  left join campaigns c on c.id = a.campaign_id
			""";

	private final JdbcClient jdbc;

	Agreements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID insert(UUID merchantId, UUID influencerId, UUID campaignId, String terms, CommissionOverride override,
			LocalDate validFrom, LocalDate validTo) {
		return jdbc.sql("""
				insert into influencer_agreements (merchant_id, influencer_id, campaign_id, terms, commission_threshold,
				    commission_rate, commission_flat, valid_from, valid_to)
				values (:merchant, :influencer, :campaign, :terms, :threshold, :rate, :flat, :from, :to)
				returning id""")
			.param("merchant", merchantId)
			.param("influencer", influencerId)
			.param("campaign", campaignId)
			.param("terms", terms)
			.param("threshold", override == null ? null : override.threshold())
			.param("rate", override == null ? null : override.rate())
			.param("flat", override == null ? null : override.flat())
			.param("from", validFrom)
			.param("to", validTo)
			.query(UUID.class)
			.single();
	}

	public Optional<Agreement> findById(UUID id) {
		return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(Agreements::agreement).optional();
	}

	public List<Agreement> forMerchant(UUID merchantId) {
		return jdbc.sql(SELECT + " where (cast(:merchant as uuid) is null or a.merchant_id = :merchant) order by a.created_at desc")
			.param("merchant", merchantId)
			.query(Agreements::agreement)
			.list();
	}

	public List<Agreement> forInfluencer(UUID influencerId) {
		return jdbc.sql(SELECT + " where a.influencer_id = :influencer order by a.created_at desc")
			.param("influencer", influencerId)
			.query(Agreements::agreement)
			.list();
	}

	/**
	 * For each key, in the keys' order, the signed agreements between the two that cover the campaign
	 * (campaign-specific first, then the latest signed): one round trip for a batch of lead submissions. A lateral
	 * subquery per key, kept apart by "offset 0", so that PostgreSQL's cached plan looks each key up by index: joined
	 * to the array directly, it read the agreements whole (seen with EXPLAIN).
	 */
	public List<List<Agreement>> signedCovering(List<AgreementParties> keys) {
		List<List<Agreement>> covering = new ArrayList<>();
		keys.forEach(key -> covering.add(new ArrayList<>()));
		jdbc.sql("""
				select k.n, found.*
				  from unnest(cast(:merchants as uuid[]), cast(:influencers as uuid[]), cast(:campaigns as uuid[]))
				       with ordinality as k(merchant_id, influencer_id, campaign_id, n)
				  cross join lateral (""" + SELECT + """
				        where a.merchant_id = k.merchant_id and a.influencer_id = k.influencer_id and a.status = 'SIGNED'
				          and (a.campaign_id is null or a.campaign_id = k.campaign_id)
				       offset 0) found
				 order by k.n, (found.campaign_id is null), found.signed_at desc""")
			.param("merchants", SqlArrays.text(keys.stream().map(AgreementParties::merchantId).toList()))
			.param("influencers", SqlArrays.text(keys.stream().map(AgreementParties::influencerId).toList()))
			.param("campaigns", SqlArrays.text(keys.stream().map(AgreementParties::campaignId).toList()))
			.query((rs, row) -> Map.entry(rs.getInt("n") - 1, agreement(rs, row)))
			.list()
			.forEach(found -> covering.get(found.getKey()).add(found.getValue()));
		return covering;
	}

	public boolean markSigned(UUID id, Instant at, String clientAddress, String termsSha256) {
		return jdbc.sql("""
				update influencer_agreements set status = 'SIGNED', signed_at = :at, signed_ip = :ip, terms_sha256 = :sha
				 where id = :id and status = 'PROPOSED'""")
			.param("id", id)
			.param("at", java.sql.Timestamp.from(at))
			.param("ip", clientAddress)
			.param("sha", termsSha256)
			.update() == 1;
	}

	public boolean markTerminated(UUID id, Instant at) {
		return jdbc.sql("""
				update influencer_agreements set status = 'TERMINATED', terminated_at = :at
				 where id = :id and status <> 'TERMINATED'""")
			.param("id", id)
			.param("at", java.sql.Timestamp.from(at))
			.update() == 1;
	}

	static Agreement agreement(ResultSet rs, int row) throws SQLException {
		CommissionOverride override = rs.getBigDecimal("commission_threshold") == null ? null
				: new CommissionOverride(rs.getBigDecimal("commission_threshold"), rs.getBigDecimal("commission_rate"),
						rs.getBigDecimal("commission_flat"));
		return new Agreement(rs.getObject("id", UUID.class), rs.getObject("merchant_id", UUID.class),
				rs.getString("merchant_name"), rs.getObject("influencer_id", UUID.class), rs.getString("influencer_name"),
				rs.getObject("campaign_id", UUID.class), rs.getString("campaign_name"), rs.getString("terms"), override,
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
				AgreementStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("signed_at") == null ? null : rs.getTimestamp("signed_at").toInstant(),
				rs.getString("terms_sha256"), rs.getTimestamp("created_at").toInstant());
	}

}
