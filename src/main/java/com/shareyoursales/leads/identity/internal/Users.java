package com.shareyoursales.leads.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.shareyoursales.leads.identity.Role;
import com.shareyoursales.leads.identity.UserProfile;
import com.shareyoursales.leads.platform.database.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code users} table. */
@Repository
public class Users {

	private static final String COLUMNS = "id, email, role, display_name, phone, locale, company_name, created_at";

	private final JdbcClient jdbc;

	Users(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Credentials(UUID id, String passwordHash, boolean enabled) {
	}

	UserProfile insert(String email, String passwordHash, Role role, String displayName, String phone, String locale,
			String companyName) {
		return jdbc.sql("""
				insert into users (email, password_hash, role, display_name, phone, locale, company_name)
				values (:email, :hash, :role, :name, :phone, :locale, :company)
				returning %s""".formatted(COLUMNS))
			.param("email", email)
			.param("hash", passwordHash)
			.param("role", role.name())
			.param("name", displayName)
			.param("phone", phone)
			.param("locale", locale)
			.param("company", companyName)
			.query(Users::profile)
			.single();
	}

	boolean emailTaken(String email) {
		return jdbc.sql("select exists(select 1 from users where lower(email) = lower(:email))")
			.param("email", email)
			.query(Boolean.class)
			.single();
	}

	Optional<Credentials> credentials(String email) {
		return jdbc.sql("select id, password_hash, enabled from users where lower(email) = lower(:email)")
			.param("email", email)
			.query((rs, n) -> new Credentials(rs.getObject("id", UUID.class), rs.getString("password_hash"),
					rs.getBoolean("enabled")))
			.optional();
	}

	public Optional<UserProfile> findById(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from users where id = :id").param("id", id).query(Users::profile).optional();
	}

	/** Several users in one round trip, in no particular order; ids of no user are left out. */
	public List<UserProfile> findByIds(Collection<UUID> ids) {
		return jdbc.sql("select " + COLUMNS + " from users where id = any(cast(:ids as uuid[]))")
			.param("ids", SqlArrays.text(ids))
			.query(Users::profile)
			.list();
	}

	public List<UserProfile> findByRole(Role role) {
		return jdbc.sql("select " + COLUMNS + " from users where role = :role and enabled order by display_name")
			.param("role", role.name())
			.query(Users::profile)
			.list();
	}

	boolean anyAdmin() {
		return jdbc.sql("select exists(select 1 from users where role = 'ADMIN')").query(Boolean.class).single();
	}

	void updateLocale(UUID id, String locale) {
		jdbc.sql("update users set locale = :locale where id = :id").param("locale", locale).param("id", id).update();
	}

	static UserProfile profile(ResultSet rs, int row) throws SQLException {
		return new UserProfile(rs.getObject("id", UUID.class), rs.getString("email"), Role.valueOf(rs.getString("role")),
				rs.getString("display_name"), rs.getString("phone"), rs.getString("locale"),
				rs.getString("company_name"), rs.getTimestamp("created_at").toInstant());
	}

}
