package com.newscenter.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.newscenter.system.SqlTimes;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes back-office users.
 */
@Repository
class UserRepository {

	static final RowMapper<User> MAPPER = (rs, row) -> new User(rs.getLong("id"), rs.getString("username"),
			rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"));

	private static final RowMapper<UserSummary> SUMMARY = (rs, row) -> new UserSummary(rs.getLong("id"),
			rs.getString("username"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
			SqlTimes.fromDb(rs, "created_at"));

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<User> findByUsername(String username) {
		return this.jdbc.sql("SELECT * FROM app_user WHERE username = ?").param(username).query(MAPPER).optional();
	}

	Optional<User> findById(long id) {
		return this.jdbc.sql("SELECT * FROM app_user WHERE id = ?").param(id).query(MAPPER).optional();
	}

	Optional<UserSummary> findSummary(long id) {
		return this.jdbc.sql("SELECT * FROM app_user WHERE id = ?").param(id).query(SUMMARY).optional();
	}

	boolean existsIgnoringCase(String username) {
		return this.jdbc.sql("SELECT COUNT(*) FROM app_user WHERE LOWER(username) = LOWER(?)")
			.param(username)
			.query(Long.class)
			.single() > 0;
	}

	List<UserSummary> findAll() {
		return this.jdbc.sql("SELECT * FROM app_user ORDER BY username").query(SUMMARY).list();
	}

	/**
	 * Locks the rows of the enabled administrators until the transaction ends, so two
	 * administrators cannot remove each other at the same moment.
	 * @return their keys
	 */
	List<Long> lockEnabledAdmins() {
		return this.jdbc.sql("SELECT id FROM app_user WHERE role = 'ADMIN' AND enabled = TRUE ORDER BY id FOR UPDATE")
			.query(Long.class)
			.list();
	}

	long insert(String username, String passwordHash, Role role, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO app_user (username, password_hash, role, enabled, created_at) VALUES (?, ?, ?, TRUE, ?)")
			.params(username, passwordHash, role.name(), SqlTimes.toDb(now))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	void updatePassword(long id, String passwordHash) {
		this.jdbc.sql("UPDATE app_user SET password_hash = ? WHERE id = ?").params(passwordHash, id).update();
	}

	void updateEnabled(long id, boolean enabled) {
		this.jdbc.sql("UPDATE app_user SET enabled = ? WHERE id = ?").params(enabled, id).update();
	}

	void updateRole(long id, Role role) {
		this.jdbc.sql("UPDATE app_user SET role = ? WHERE id = ?").params(role.name(), id).update();
	}

}
