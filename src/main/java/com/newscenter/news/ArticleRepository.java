package com.newscenter.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.newscenter.system.SqlTimes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes articles and their category links; the public lists find their ids in
 * {@link PublishedLists} and read the rows here.
 */
@Repository
class ArticleRepository {

	private static final String SUMMARY_COLUMNS = "id, language, title, slug, summary, cover_media_id, status, "
			+ "published_at, views, translation_group";

	static final String PUBLISHED = "status = 'PUBLISHED'";

	private final JdbcClient jdbc;

	ArticleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Article> findById(long id) {
		List<Long> categories = categoryIds(List.of(id)).getOrDefault(id, List.of());
		return this.jdbc.sql("SELECT * FROM article WHERE id = ?")
			.param(id)
			.query((rs, row) -> mapArticle(rs, categories))
			.optional();
	}

	/**
	 * Returns summaries in the order of the given ids.
	 */
	List<ArticleSummary> summaries(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Long>> categories = categoryIds(ids);
		Map<Long, ArticleSummary> byId = new HashMap<>();
		this.jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM article WHERE id IN (:ids)")
			.param("ids", ids)
			.query((rs) -> {
				long id = rs.getLong("id");
				byId.put(id, new ArticleSummary(id, rs.getString("language"), rs.getString("title"),
						rs.getString("slug"), rs.getString("summary"), rs.getObject("cover_media_id", Long.class),
						ArticleStatus.valueOf(rs.getString("status")), SqlTimes.fromDb(rs, "published_at"),
						rs.getLong("views"), categories.getOrDefault(id, List.of()), rs.getLong("translation_group")));
			});
		List<ArticleSummary> ordered = new ArrayList<>(ids.size());
		for (Long id : ids) {
			ArticleSummary summary = byId.get(id);
			if (summary != null) {
				ordered.add(summary);
			}
		}
		return ordered;
	}

	/** The published article issued just after the given one, in its language. */
	Optional<Long> newerId(Article article) {
		return this.jdbc.sql("SELECT id FROM article WHERE language = ? AND " + PUBLISHED
				+ " AND (published_at > ? OR (published_at = ? AND id > ?)) ORDER BY language, status, published_at, id LIMIT 1")
			.params(article.language(), SqlTimes.toDb(article.publishedAt()), SqlTimes.toDb(article.publishedAt()),
					article.id())
			.query(Long.class)
			.optional();
	}

	/** The published article issued just before the given one, in its language. */
	Optional<Long> olderId(Article article) {
		return this.jdbc
			.sql("SELECT id FROM article WHERE language = ? AND " + PUBLISHED
					+ " AND (published_at < ? OR (published_at = ? AND id < ?))"
					+ " ORDER BY language, status, published_at DESC, id DESC LIMIT 1")
			.params(article.language(), SqlTimes.toDb(article.publishedAt()), SqlTimes.toDb(article.publishedAt()),
					article.id())
			.query(Long.class)
			.optional();
	}

	/** Language code to article id of every article in a translation group. */
	Map<String, Long> translationGroup(long group, boolean publishedOnly) {
		Map<String, Long> members = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT language, id FROM article WHERE translation_group = ?"
					+ (publishedOnly ? " AND " + PUBLISHED : "") + " ORDER BY id")
			.param(group)
			.query((rs) -> {
				members.putIfAbsent(rs.getString(1), rs.getLong(2));
			});
		return members;
	}

	long insert(Article article) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO article (language, title, slug, summary, body, cover_media_id, status, published_at,"
					+ " author_id, views, translation_group, created_at, updated_at, seo_title, seo_description)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)")
			.params(article.language(), article.title(), article.slug(), article.summary(), article.body(),
					article.coverMediaId(), article.status().name(), SqlTimes.toDb(article.publishedAt()),
					article.authorId(), (article.translationGroup() > 0) ? article.translationGroup() : null,
					SqlTimes.toDb(article.createdAt()), SqlTimes.toDb(article.updatedAt()), article.seoTitle(),
					article.seoDescription())
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		if (article.translationGroup() <= 0) {
			this.jdbc.sql("UPDATE article SET translation_group = id WHERE id = ?").param(id).update();
		}
		writeCategories(id, article);
		return id;
	}

	void update(Article article) {
		this.jdbc
			.sql("UPDATE article SET title = ?, slug = ?, summary = ?, body = ?, cover_media_id = ?, status = ?,"
					+ " published_at = ?, translation_group = ?, updated_at = ?, seo_title = ?, seo_description = ?"
					+ " WHERE id = ?")
			.params(article.title(), article.slug(), article.summary(), article.body(), article.coverMediaId(),
					article.status().name(), SqlTimes.toDb(article.publishedAt()), article.translationGroup(),
					SqlTimes.toDb(article.updatedAt()), article.seoTitle(), article.seoDescription(), article.id())
			.update();
		this.jdbc.sql("DELETE FROM article_category WHERE article_id = ?").param(article.id()).update();
		writeCategories(article.id(), article);
	}

	Map<ArticleStatus, Long> countByStatus() {
		Map<ArticleStatus, Long> counts = new java.util.EnumMap<>(ArticleStatus.class);
		for (ArticleStatus status : ArticleStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("SELECT status, COUNT(*) FROM article GROUP BY status").query((rs) -> {
			counts.put(ArticleStatus.valueOf(rs.getString(1)), rs.getLong(2));
		});
		return counts;
	}

	List<Long> idsWithStatus(ArticleStatus status, int limit) {
		return this.jdbc.sql("SELECT id FROM article WHERE status = ? ORDER BY updated_at DESC, id DESC LIMIT ?")
			.params(status.name(), limit)
			.query(Long.class)
			.list();
	}

	long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
	}

	/**
	 * Published articles of every language in key order, after a key: for batch readers.
	 */
	List<Article> publishedAfter(long afterId, int limit) {
		List<Long> ids = this.jdbc.sql("SELECT id FROM article WHERE " + PUBLISHED + " AND id > ? ORDER BY id LIMIT ?")
			.params(afterId, limit)
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Long>> categories = categoryIds(ids);
		return this.jdbc.sql("SELECT * FROM article WHERE id IN (:ids) ORDER BY id")
			.param("ids", ids)
			.query((rs, row) -> mapArticle(rs, categories.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	List<Long> dueIds(Instant now) {
		return this.jdbc.sql("SELECT id FROM article WHERE status = 'SCHEDULED' AND published_at <= ? ORDER BY id")
			.param(SqlTimes.toDb(now))
			.query(Long.class)
			.list();
	}

	/**
	 * Publishes a scheduled article.
	 * @return whether this call published it (false when another node already did)
	 */
	boolean markPublished(long id) {
		int changed = this.jdbc.sql("UPDATE article SET status = 'PUBLISHED' WHERE id = ? AND status = 'SCHEDULED'")
			.param(id)
			.update();
		if (changed > 0) {
			this.jdbc.sql("UPDATE article_category SET status = 'PUBLISHED' WHERE article_id = ?").param(id).update();
		}
		return changed > 0;
	}

	boolean delete(long id) {
		return this.jdbc.sql("DELETE FROM article WHERE id = ?").param(id).update() > 0;
	}

	/**
	 * Returns the articles that have an image as cover or name one of its files in their
	 * text, most recently changed first.
	 */
	private void writeCategories(long id, Article article) {
		for (Long categoryId : article.categoryIds()) {
			this.jdbc
				.sql("INSERT INTO article_category (article_id, category_id, language, status, published_at)"
						+ " VALUES (?, ?, ?, ?, ?)")
				.params(id, categoryId, article.language(), article.status().name(),
						SqlTimes.toDb(article.publishedAt()))
				.update();
		}
	}

	private Map<Long, List<Long>> categoryIds(Collection<Long> articleIds) {
		Map<Long, List<Long>> result = new HashMap<>();
		this.jdbc.sql(
				"SELECT ac.article_id, ac.category_id FROM article_category ac JOIN category c ON c.id = ac.category_id"
						+ " WHERE ac.article_id IN (:ids) ORDER BY c.position, c.slug")
			.param("ids", articleIds)
			.query((rs) -> {
				result.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getLong(2));
			});
		return result;
	}

	private static Article mapArticle(ResultSet rs, List<Long> categoryIds) throws SQLException {
		Instant publishedAt = SqlTimes.fromDb(rs, "published_at");
		return new Article(rs.getLong("id"), rs.getString("language"), rs.getString("title"), rs.getString("slug"),
				rs.getString("summary"), rs.getString("body"), rs.getObject("cover_media_id", Long.class),
				ArticleStatus.valueOf(rs.getString("status")), publishedAt, rs.getObject("author_id", Long.class),
				rs.getLong("views"), rs.getLong("translation_group"), categoryIds, SqlTimes.fromDb(rs, "created_at"),
				SqlTimes.fromDb(rs, "updated_at"), rs.getString("seo_title"), rs.getString("seo_description"));
	}

}
