package com.newscenter.account;

import java.time.Instant;
import java.util.Optional;

import com.newscenter.system.SqlTimes;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes users and their API tokens.
 */
@Repository
class UserRepository {

	private static final RowMapper<User> MAPPER = (rs, row) -> new User(rs.getLong("id"), rs.getString("username"),
			rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"));

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

	long insert(String username, String passwordHash, Role role, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO app_user (username, password_hash, role, enabled, created_at) VALUES (?, ?, ?, TRUE, ?)")
			.params(username, passwordHash, role.name(), SqlTimes.toDb(now))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	void insertToken(long userId, String tokenHash, Instant now, Instant expiresAt) {
		this.jdbc.sql("INSERT INTO api_token (user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)")
			.params(userId, tokenHash, SqlTimes.toDb(now), SqlTimes.toDb(expiresAt))
			.update();
	}

	Optional<User> findByToken(String tokenHash, Instant now) {
		return this.jdbc
			.sql("SELECT u.* FROM api_token t JOIN app_user u ON u.id = t.user_id"
					+ " WHERE t.token_hash = ? AND t.expires_at > ? AND u.enabled = TRUE")
			.params(tokenHash, SqlTimes.toDb(now))
			.query(MAPPER)
			.optional();
	}

	int deleteExpiredTokens(Instant now) {
		return this.jdbc.sql("DELETE FROM api_token WHERE expires_at <= ?").param(SqlTimes.toDb(now)).update();
	}

}
