package com.newscenter.news;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the category feature may know and change about the articles filed under a
 * category, without reaching into the news tables itself.
 */
@Service
public class CategoryArticles {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	CategoryArticles(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Counts the articles filed under a category, whatever their language or status.
	 * @param categoryId the category
	 * @return how many articles it holds
	 */
	public long count(long categoryId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM article_category WHERE category_id = ?")
			.param(categoryId)
			.query(Long.class)
			.single();
	}

	/**
	 * Files every article of one category under another instead; articles already in the
	 * target just lose the old link. Caches of the moved articles are dropped.
	 * @param fromCategoryId the category to empty
	 * @param toCategoryId the category that takes its articles
	 */
	@Transactional
	public void moveAll(long fromCategoryId, long toCategoryId) {
		if (fromCategoryId == toCategoryId) {
			return;
		}
		List<Long> moved = this.jdbc
			.sql("SELECT article_id FROM article_category WHERE category_id = ? ORDER BY article_id")
			.param(fromCategoryId)
			.query(Long.class)
			.list();
		this.jdbc
			.sql("DELETE FROM article_category WHERE category_id = ? AND article_id IN"
					+ " (SELECT article_id FROM article_category WHERE category_id = ?)")
			.params(fromCategoryId, toCategoryId)
			.update();
		this.jdbc.sql("UPDATE article_category SET category_id = ? WHERE category_id = ?")
			.params(toCategoryId, fromCategoryId)
			.update();
		for (Long articleId : moved) {
			this.events.publishEvent(new ArticleChanged(articleId, false));
		}
	}

}
