package com.newscenter.news;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static com.newscenter.news.ArticleRepository.PUBLISHED;

/**
 * Finds the ids of published articles for the public lists, newest first, each page read
 * in the order of an index so deep pages of a large archive stay fast; the rows are read
 * by {@link ArticleRepository#summaries}.
 */
@Repository
class PublishedLists {

	/** Published articles of a language, newest first; limit and offset follow. */
	static final String LANGUAGE_LIST = "SELECT id FROM article WHERE language = ? AND " + PUBLISHED
			+ " ORDER BY language, status, published_at DESC, id DESC LIMIT ? OFFSET ?";

	/** Published articles of a category in a language, newest first. */
	static final String LANGUAGE_CATEGORY_LIST = "SELECT article_id FROM article_category"
			+ " WHERE category_id = ? AND language = ? AND " + PUBLISHED
			+ " ORDER BY category_id, language, status, published_at DESC, article_id DESC LIMIT ? OFFSET ?";

	/** Published articles of every language, newest first. */
	static final String ALL_LIST = "SELECT id FROM article WHERE " + PUBLISHED
			+ " ORDER BY status, published_at DESC, id DESC LIMIT ? OFFSET ?";

	/** Published articles of a category in every language, newest first. */
	static final String ALL_CATEGORY_LIST = "SELECT article_id FROM article_category WHERE category_id = ? AND "
			+ PUBLISHED + " ORDER BY category_id, status, published_at DESC, article_id DESC LIMIT ? OFFSET ?";

	private final JdbcClient jdbc;

	PublishedLists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Ids of published articles, newest first.
	 * @param language a language code, or {@code null} for every language
	 * @param categoryId a category, or {@code null} for every category
	 */
	List<Long> ids(String language, Long categoryId, int offset, int limit) {
		List<Object> params = filter(language, categoryId);
		params.add(limit);
		params.add(offset);
		String sql = (language != null) ? ((categoryId != null) ? LANGUAGE_CATEGORY_LIST : LANGUAGE_LIST)
				: ((categoryId != null) ? ALL_CATEGORY_LIST : ALL_LIST);
		return this.jdbc.sql(sql).params(params).query(Long.class).list();
	}

	/**
	 * Counts published articles.
	 * @param language a language code, or {@code null} for every language
	 * @param categoryId a category, or {@code null} for every category
	 */
	long count(String language, Long categoryId) {
		String table = (categoryId != null) ? "article_category WHERE category_id = ? AND " : "article WHERE ";
		String where = table + ((language != null) ? "language = ? AND " : "") + PUBLISHED;
		return this.jdbc.sql("SELECT COUNT(*) FROM " + where)
			.params(filter(language, categoryId))
			.query(Long.class)
			.single();
	}

	/** Newest published articles sharing a category with the given one. */
	List<Long> related(Article article, int limit) {
		List<Long> ids = new ArrayList<>();
		for (Long categoryId : article.categoryIds()) {
			for (Long id : ids(article.language(), categoryId, 0, limit + 1)) {
				if (id != article.id() && !ids.contains(id)) {
					ids.add(id);
				}
			}
		}
		return ids;
	}

	/** The parameters of the lists' WHERE clauses, in their order. */
	private static List<Object> filter(String language, Long categoryId) {
		List<Object> params = new ArrayList<>();
		if (categoryId != null) {
			params.add(categoryId);
		}
		if (language != null) {
			params.add(language);
		}
		return params;
	}

}
