package com.newscenter.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.newscenter.system.SqlTimes;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Claims (visitor, article) pairs in PostgreSQL for the length of the dedup window: a
 * pair is taken when nobody holds it or its time has passed.
 */
@Repository
class ViewClaimRepository {

	private final JdbcTemplate jdbc;

	ViewClaimRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims pairs, in the order given (sorted, so nodes claiming at once cannot
	 * deadlock).
	 * @param claims the pairs with the time of their view
	 * @param window how long a claim holds
	 * @return per claim, whether it was taken
	 */
	boolean[] claim(List<SharedVisits.Claim> claims, Duration window) {
		boolean[] taken = new boolean[claims.size()];
		if (claims.isEmpty()) {
			return taken;
		}
		int[] updated = this.jdbc.batchUpdate("""
				INSERT INTO view_claim (visitor, article_id, expires_at) VALUES (?, ?, ?)
				ON CONFLICT (visitor, article_id) DO UPDATE SET expires_at = EXCLUDED.expires_at
				WHERE view_claim.expires_at <= ?""",
				claims.stream()
					.map((claim) -> new Object[] { claim.visitor(), claim.articleId(),
							SqlTimes.toDb(claim.at().plus(window)), SqlTimes.toDb(claim.at()) })
					.toList());
		for (int i = 0; i < taken.length; i++) {
			taken[i] = updated[i] != 0;
		}
		return taken;
	}

	void release(List<SharedVisits.Claim> claims) {
		if (!claims.isEmpty()) {
			this.jdbc.batchUpdate("DELETE FROM view_claim WHERE visitor = ? AND article_id = ?",
					claims.stream().map((claim) -> new Object[] { claim.visitor(), claim.articleId() }).toList());
		}
	}

	void deleteExpiredBefore(Instant now) {
		this.jdbc.update("DELETE FROM view_claim WHERE expires_at < ?", SqlTimes.toDb(now));
	}

}
