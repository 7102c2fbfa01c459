package com.newscenter.news;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.newscenter.site.Languages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds articles for the back-office list by status, language, category, author and
 * title.
 */
@Repository
class ArticleFilterRepository {

	/** Its translation group lacks one of the site's languages. */
	private static final String MISSING_TRANSLATION = "(SELECT COUNT(DISTINCT t.language) FROM article t"
			+ " WHERE t.translation_group = a.translation_group AND t.language IN (:languages)) < :languageCount";

	/**
	 * It is a translation older than its original, or an original with an older
	 * translation.
	 */
	private static final String OUTDATED_TRANSLATION = "(EXISTS (SELECT 1 FROM article o WHERE o.id = a.translation_group"
			+ " AND o.id <> a.id AND o.updated_at > a.updated_at) OR EXISTS (SELECT 1 FROM article t"
			+ " WHERE a.id = a.translation_group AND t.translation_group = a.id AND t.id <> a.id"
			+ " AND t.updated_at < a.updated_at))";

	private final JdbcClient jdbc;

	private final Languages languages;

	ArticleFilterRepository(JdbcClient jdbc, Languages languages) {
		this.jdbc = jdbc;
		this.languages = languages;
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

	private void where(ArticleFilter filter, StringBuilder sql, Map<String, Object> params) {
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
		if (filter.readerId() != null) {
			conditions.add("(a." + ArticleRepository.PUBLISHED + " OR a.author_id = :reader)");
			params.put("reader", filter.readerId());
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
		if (filter.translation() == TranslationState.Status.MISSING) {
			conditions.add(MISSING_TRANSLATION);
			params.put("languages", this.languages.all());
			params.put("languageCount", this.languages.all().size());
		}
		else if (filter.translation() == TranslationState.Status.OUTDATED) {
			conditions.add(OUTDATED_TRANSLATION);
		}
		if (!conditions.isEmpty()) {
			sql.append(" WHERE ").append(String.join(" AND ", conditions));
		}
	}

}
