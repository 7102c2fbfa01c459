package com.newscenter.migration.wordpress;

import java.time.Instant;
import java.util.Optional;

import com.newscenter.system.SqlTimes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Remembers what an import made of each post and image of a WordPress site, so importing
 * the same export again adds only what is new.
 */
@Repository
class ImportedItems {

	private final JdbcClient jdbc;

	ImportedItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Long> article(String site, long postId) {
		return this.jdbc.sql("SELECT article_id FROM wordpress_import WHERE site = ? AND source = ?")
			.params(site, post(postId))
			.query(Long.class)
			.optional();
	}

	Optional<Long> media(String site, String path) {
		return this.jdbc.sql("SELECT media_id FROM wordpress_import WHERE site = ? AND source = ?")
			.params(site, file(path))
			.query(Long.class)
			.optional();
	}

	void addArticle(String site, long postId, long articleId, Instant at) {
		this.jdbc.sql(
				"INSERT INTO wordpress_import (site, source, article_id, media_id, imported_at) VALUES (?, ?, ?, NULL, ?)")
			.params(site, post(postId), articleId, SqlTimes.toDb(at))
			.update();
	}

	void addMedia(String site, String path, long mediaId, Instant at) {
		this.jdbc.sql(
				"INSERT INTO wordpress_import (site, source, article_id, media_id, imported_at) VALUES (?, ?, NULL, ?, ?)")
			.params(site, file(path), mediaId, SqlTimes.toDb(at))
			.update();
	}

	private static String post(long postId) {
		return "post:" + postId;
	}

	private static String file(String path) {
		return "file:" + path;
	}

}
