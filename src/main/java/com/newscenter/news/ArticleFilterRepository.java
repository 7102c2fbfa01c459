package com.newscenter.news;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds articles for the back-office list by status, language, category, author and
 * title.
 */
@Repository
class ArticleFilterRepository {

	private final JdbcClient jdbc;

	ArticleFilterRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Ids of the articles a back-office filter selects, most recently changed first. */
	List<Long> filteredIds(ArticleFilter filter, int offset, int limit) {
		StringBuilder sql = new StringBuilder("SELECT id FROM article a");
		Map<String, Object> params = new HashMap<>();
		where(filter, sql, params);
		sql.append(" ORDER BY updated_at DESC, id DESC LIMIT :limit OFFSET :offset");
		params.put("limit", limit);
		params.put("offset", offset);
		return this.jdbc.sql(sql.toString()).params(params).query(Long.class).list();
	}

	long countFiltered(ArticleFilter filter) {
		StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM article a");
		Map<String, Object> params = new HashMap<>();
		where(filter, sql, params);
		return this.jdbc.sql(sql.toString()).params(params).query(Long.class).single();
	}

	private static void where(ArticleFilter filter, StringBuilder sql, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (filter.status() != null) {
			conditions.add("a.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.language() != null) {
			conditions.add("a.language = :language");
			params.put("language", filter.language());
		}
		if (filter.authorId() != null) {
			conditions.add("a.author_id = :author");
			params.put("author", filter.authorId());
		}
		if (filter.categoryId() != null) {
			conditions.add(
					"EXISTS (SELECT 1 FROM article_category ac WHERE ac.article_id = a.id AND ac.category_id = :category)");
			params.put("category", filter.categoryId());
		}
		if (filter.title() != null && !filter.title().isBlank()) {
			conditions.add("LOWER(a.title) LIKE :title ESCAPE '!'");
			String escaped = filter.title()
				.strip()
				.toLowerCase(java.util.Locale.ROOT)
				.replace("!", "!!")
				.replace("%", "!%")
				.replace("_", "!_");
			params.put("title", "%" + escaped + "%");
		}
		if (!conditions.isEmpty()) {
			sql.append(" WHERE ").append(String.join(" AND ", conditions));
		}
	}

}
