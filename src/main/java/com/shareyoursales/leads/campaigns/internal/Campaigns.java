package com.shareyoursales.leads.campaigns.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.shareyoursales.leads.campaigns.Campaign;
import com.shareyoursales.leads.campaigns.CampaignSettings;
import com.shareyoursales.leads.campaigns.CampaignStatus;
import com.shareyoursales.leads.campaigns.OnExpiry;

import com.shareyoursales.leads.platform.database.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code campaigns} and {@code campaign_settings} tables. */
@Repository
public class Campaigns {

	private static final String SELECT = """
			select c.id, c.merchant_id, coalesce(u.company_name, u.display_name) as merchant_name, c.name,
			       c.description, c.city, c.status, c.created_at, c.updated_at,
			       s.commission_threshold, s.commission_rate, s.commission_flat, s.expiry_hours, s.on_expiry,
			       s.cap_per_influencer_per_day, s.cap_total, s.requires_agreement, s.duplicate_window_days,
			       s.min_service_value
			  from campaigns c
			  join campaign_settings s on s.campaign_id = c.id
			  join users u on u.id = c.merchant_id
			""";

	private final JdbcClient jdbc;

	Campaigns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID insert(UUID merchantId, String name, String description, String city) {
		UUID id = jdbc.sql("""
				insert into campaigns (merchant_id, name, description, city) values (:merchant, :name, :description, :city)
				returning id""")
			.param("merchant", merchantId)
			.param("name", name)
			.param("description", description)
			.param("city", city)
			.query(UUID.class)
			.single();
		jdbc.sql("insert into campaign_settings (campaign_id, merchant_id) values (:id, :merchant)")
			.param("id", id)
			.param("merchant", merchantId)
			.update();
		return id;
	}

	public Optional<Campaign> findById(UUID id) {
		return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(Campaigns::campaign).optional();
	}

	/**
	 * One look-up by key per id, whatever PostgreSQL guesses of the array's length: its cached (generic) plan for
	 * "c.id = any(:ids)" joined the settings and the merchants by reading both tables whole (seen with EXPLAIN), where
	 * a lateral subquery per id, kept apart by "offset 0", is planned as index look-ups.
	 */
	public List<Campaign> findByIds(Collection<UUID> ids) {
		return jdbc.sql("select found.* from unnest(cast(:ids as uuid[])) as k(id) cross join lateral ("
				+ SELECT + " where c.id = k.id offset 0) found")
			.param("ids", SqlArrays.text(ids))
			.query(Campaigns::campaign)
			.list();
	}

	/** Locks the campaign row: lead intake counts its caps under this lock. */
	public Optional<Campaign> lockById(UUID id) {
		return jdbc.sql(SELECT + " where c.id = :id for update of c").param("id", id).query(Campaigns::campaign).optional();
	}

	public List<Campaign> find(UUID merchantId, CampaignStatus status, int page, int size) {
		return jdbc.sql(SELECT + """
				 where (cast(:merchant as uuid) is null or c.merchant_id = :merchant)
				   and (cast(:status as varchar) is null or c.status = :status)
				 order by c.created_at desc, c.id
				 limit :limit offset :offset""")
			.param("merchant", merchantId)
			.param("status", status == null ? null : status.name())
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(Campaigns::campaign)
			.list();
	}

	public long count(UUID merchantId, CampaignStatus status) {
		return jdbc.sql("""
				select count(*) from campaigns c
				 where (cast(:merchant as uuid) is null or c.merchant_id = :merchant)
				   and (cast(:status as varchar) is null or c.status = :status)""")
			.param("merchant", merchantId)
			.param("status", status == null ? null : status.name())
			.query(Long.class)
			.single();
	}

	public void update(UUID id, String name, String description, String city) {
		jdbc.sql("update campaigns set name = :name, description = :description, city = :city where id = :id")
			.param("id", id)
			.param("name", name)
			.param("description", description)
			.param("city", city)
			.update();
	}

	public void changeStatus(UUID id, CampaignStatus status) {
		jdbc.sql("update campaigns set status = :status where id = :id")
			.param("id", id)
			.param("status", status.name())
			.update();
	}

	public void updateSettings(UUID id, CampaignSettings settings) {
		jdbc.sql("""
				update campaign_settings
				   set commission_threshold = :threshold, commission_rate = :rate, commission_flat = :flat,
				       expiry_hours = :expiry, on_expiry = :onExpiry, cap_per_influencer_per_day = :capDay,
				       cap_total = :capTotal, requires_agreement = :requiresAgreement,
				       duplicate_window_days = :duplicateDays, min_service_value = :minValue
				 where campaign_id = :id""")
			.param("id", id)
			.param("threshold", settings.commissionThreshold())
			.param("rate", settings.commissionRate())
			.param("flat", settings.commissionFlat())
			.param("expiry", settings.expiryHours())
			.param("onExpiry", settings.onExpiry().name())
			.param("capDay", settings.capPerInfluencerPerDay())
			.param("capTotal", settings.capTotal())
			.param("requiresAgreement", settings.requiresAgreement())
			.param("duplicateDays", settings.duplicateWindowDays())
			.param("minValue", settings.minServiceValue())
			.update();
	}

	static Campaign campaign(ResultSet rs, int row) throws SQLException {
		CampaignSettings settings = new CampaignSettings(rs.getBigDecimal("commission_threshold"),
				rs.getBigDecimal("commission_rate"), rs.getBigDecimal("commission_flat"), rs.getInt("expiry_hours"),
				OnExpiry.valueOf(rs.getString("on_expiry")), (Integer) rs.getObject("cap_per_influencer_per_day"),
				(Integer) rs.getObject("cap_total"), rs.getBoolean("requires_agreement"),
				rs.getInt("duplicate_window_days"), (BigDecimal) rs.getObject("min_service_value"));
		return new Campaign(rs.getObject("id", UUID.class), rs.getObject("merchant_id", UUID.class),
				rs.getString("merchant_name"), rs.getString("name"), rs.getString("description"), rs.getString("city"),
				CampaignStatus.valueOf(rs.getString("status")), settings, rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

}
