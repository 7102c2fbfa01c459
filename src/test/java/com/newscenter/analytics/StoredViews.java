package com.newscenter.analytics;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads view counts straight from the database, as written by the flushes.
 */
final class StoredViews {

	private StoredViews() {
	}

	static long total(JdbcClient jdbc, long articleId) {
		return jdbc.sql("SELECT views FROM article WHERE id = ?").param(articleId).query(Long.class).single();
	}

	static long daily(JdbcClient jdbc, long articleId) {
		return jdbc.sql("SELECT COALESCE(SUM(views), 0) FROM article_view_daily WHERE article_id = ?")
			.param(articleId)
			.query(Long.class)
			.single();
	}

}
