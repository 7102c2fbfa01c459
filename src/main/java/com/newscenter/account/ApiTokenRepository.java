package com.newscenter.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.newscenter.system.SqlTimes;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes API tokens, which are stored only as digests.
 */
@Repository
class ApiTokenRepository {

	private static final RowMapper<ApiToken> MAPPER = (rs, row) -> new ApiToken(rs.getLong("id"), rs.getString("name"),
			SqlTimes.fromDb(rs, "created_at"), SqlTimes.fromDb(rs, "expires_at"), SqlTimes.fromDb(rs, "last_used_at"));

	private static final RowMapper<ValidToken> VALID = (rs, row) -> new ValidToken(rs.getLong("token_id"),
			SqlTimes.fromDb(rs, "token_last_used_at"), UserRepository.MAPPER.mapRow(rs, row));

	private final JdbcClient jdbc;

	ApiTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long userId, String tokenHash, String name, Instant now, Instant expiresAt) {
		this.jdbc
			.sql("INSERT INTO api_token (user_id, token_hash, name, created_at, expires_at, revoked)"
					+ " VALUES (?, ?, ?, ?, ?, FALSE)")
			.params(userId, tokenHash, name, SqlTimes.toDb(now), SqlTimes.toDb(expiresAt))
			.update();
	}

	/**
	 * Finds an unrevoked, unexpired token of an enabled user.
	 * @param tokenHash the digest of the token as sent
	 * @param now the current time
	 * @return the token and its user
	 */
	Optional<ValidToken> findValid(String tokenHash, Instant now) {
		return this.jdbc
			.sql("SELECT u.*, t.id AS token_id, t.last_used_at AS token_last_used_at"
					+ " FROM api_token t JOIN app_user u ON u.id = t.user_id"
					+ " WHERE t.token_hash = ? AND t.expires_at > ? AND t.revoked = FALSE AND u.enabled = TRUE")
			.params(tokenHash, SqlTimes.toDb(now))
			.query(VALID)
			.optional();
	}

	List<ApiToken> findActive(long userId, Instant now) {
		return this.jdbc
			.sql("SELECT * FROM api_token WHERE user_id = ? AND revoked = FALSE AND expires_at > ?"
					+ " ORDER BY created_at DESC, id DESC")
			.params(userId, SqlTimes.toDb(now))
			.query(MAPPER)
			.list();
	}

	/**
	 * Lists the tokens that still work of every user but one, by user name, newest first.
	 */
	List<UserToken> findActiveOfOthers(long userId, Instant now) {
		return this.jdbc
			.sql("SELECT t.*, u.username FROM api_token t JOIN app_user u ON u.id = t.user_id"
					+ " WHERE t.user_id <> ? AND t.revoked = FALSE AND t.expires_at > ?"
					+ " ORDER BY u.username, t.created_at DESC, t.id DESC")
			.params(userId, SqlTimes.toDb(now))
			.query((rs, row) -> new UserToken(MAPPER.mapRow(rs, row), rs.getLong("user_id"), rs.getString("username")))
			.list();
	}

	/**
	 * Finds whose a token that still works is.
	 * @return the user's key, if the token exists and works
	 */
	Optional<Long> findActiveOwner(long id, Instant now) {
		return this.jdbc.sql("SELECT user_id FROM api_token WHERE id = ? AND revoked = FALSE AND expires_at > ?")
			.params(id, SqlTimes.toDb(now))
			.query(Long.class)
			.optional();
	}

	void touch(long id, Instant now) {
		this.jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?").params(SqlTimes.toDb(now), id).update();
	}

	boolean revoke(long id, long userId) {
		return this.jdbc.sql("UPDATE api_token SET revoked = TRUE WHERE id = ? AND user_id = ? AND revoked = FALSE")
			.params(id, userId)
			.update() > 0;
	}

	/**
	 * Revokes every token of a user that still works.
	 * @return how many were revoked
	 */
	int revokeAll(long userId) {
		return this.jdbc.sql("UPDATE api_token SET revoked = TRUE WHERE user_id = ? AND revoked = FALSE")
			.param(userId)
			.update();
	}

	int deleteExpired(Instant now) {
		return this.jdbc.sql("DELETE FROM api_token WHERE expires_at <= ?").param(SqlTimes.toDb(now)).update();
	}

	/**
	 * A token that signs in its user.
	 *
	 * @param tokenId the token's key
	 * @param lastUsedAt when it was last used, or {@code null}
	 * @param user whose it is
	 */
	record ValidToken(long tokenId, Instant lastUsedAt, User user) {
	}

}
