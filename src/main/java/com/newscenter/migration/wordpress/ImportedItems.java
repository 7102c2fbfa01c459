package com.newscenter.migration.wordpress;

import java.time.Instant;
import java.util.List;
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

	void addArticle(String site, long postId, long articleId, String oldPath, Instant at) {
		this.jdbc.sql("""
				INSERT INTO wordpress_import (site, source, article_id, media_id, old_path, imported_at)
				VALUES (?, ?, ?, NULL, ?, ?)""")
			.params(site, post(postId), articleId, oldPath, SqlTimes.toDb(at))
			.update();
	}

	/**
	 * Returns the published articles imported from posts that had a path on their
	 * WordPress site.
	 * @param oldPath the path, as {@link WordPressLinks#path} makes it
	 * @return the articles, by id, with their language
	 */
	List<PublishedArticle> publishedAt(String oldPath) {
		return this.jdbc.sql("""
				SELECT a.id, a.language FROM wordpress_import w JOIN article a ON a.id = w.article_id
				WHERE w.old_path = ? AND a.status = 'PUBLISHED'""").param(oldPath).query(PublishedArticle.class).list();
	}

	/**
	 * Returns the published articles imported from a post id, of any site.
	 * @param postId the WordPress post id
	 * @return the articles, by id, with their language
	 */
	List<PublishedArticle> publishedFromPost(long postId) {
		return this.jdbc.sql("""
				SELECT a.id, a.language FROM wordpress_import w JOIN article a ON a.id = w.article_id
				WHERE w.source = ? AND a.status = 'PUBLISHED'""")
			.param(post(postId))
			.query(PublishedArticle.class)
			.list();
	}

	void addMedia(String site, String path, long mediaId, Instant at) {
		this.jdbc.sql(
				"INSERT INTO wordpress_import (site, source, article_id, media_id, imported_at) VALUES (?, ?, NULL, ?, ?)")
			.params(site, file(path), mediaId, SqlTimes.toDb(at))
			.update();
	}

	/**
	 * An imported article that is on the site.
	 *
	 * @param id its id
	 * @param language its language
	 */
	record PublishedArticle(long id, String language) {
	}

	private static String post(long postId) {
		return "post:" + postId;
	}

	private static String file(String path) {
		return "file:" + path;
	}

}
