package com.newscenter.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.newscenter.system.SqlTimes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores every saved state of an article.
 */
@Repository
class RevisionRepository {

	private final JdbcClient jdbc;

	RevisionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int save(Article article, String editor, Instant at) {
		int next = this.jdbc.sql("SELECT COALESCE(MAX(revision), 0) + 1 FROM article_revision WHERE article_id = ?")
			.param(article.id())
			.query(Integer.class)
			.single();
		this.jdbc
			.sql("INSERT INTO article_revision (article_id, revision, edited_at, editor, title, summary, body, status,"
					+ " published_at, cover_media_id, category_ids, seo_title, seo_description)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(article.id(), next, SqlTimes.toDb(at), editor, article.title(), article.summary(), article.body(),
					article.status().name(), SqlTimes.toDb(article.publishedAt()), article.coverMediaId(),
					article.categoryIds().stream().map(String::valueOf).collect(Collectors.joining(",")),
					article.seoTitle(), article.seoDescription())
			.update();
		return next;
	}

	List<Revision> findAll(long articleId) {
		return this.jdbc.sql("SELECT * FROM article_revision WHERE article_id = ? ORDER BY revision DESC")
			.param(articleId)
			.query((rs, row) -> map(rs))
			.list();
	}

	Optional<Revision> find(long articleId, int revision) {
		return this.jdbc.sql("SELECT * FROM article_revision WHERE article_id = ? AND revision = ?")
			.params(articleId, revision)
			.query((rs, row) -> map(rs))
			.optional();
	}

	private static Revision map(ResultSet rs) throws SQLException {
		String categories = rs.getString("category_ids");
		List<Long> ids = categories.isEmpty() ? List.of()
				: Arrays.stream(categories.split(",")).map(Long::valueOf).toList();
		return new Revision(rs.getLong("article_id"), rs.getInt("revision"), SqlTimes.fromDb(rs, "edited_at"),
				rs.getString("editor"), rs.getString("title"), rs.getString("summary"), rs.getString("body"),
				ArticleStatus.valueOf(rs.getString("status")), SqlTimes.fromDb(rs, "published_at"),
				rs.getObject("cover_media_id", Long.class), ids, rs.getString("seo_title"),
				rs.getString("seo_description"));
	}

}
