package com.newscenter.admin;

import java.util.List;
import java.util.Map;

import com.newscenter.news.ArticleStatus;
import com.newscenter.news.ArticleSummary;

/**
 * What the dashboard shows: articles by status, the review queue, views over time and the
 * most-read articles.
 *
 * @param byStatus number of articles per status
 * @param awaitingReview articles submitted for review
 * @param viewsToday views counted today
 * @param views7 views of the last 7 days
 * @param views30 views of the last 30 days
 * @param chartDays the days of the chart, oldest first
 * @param chartViews the views of each chart day
 * @param topArticles the most-read articles of the last 30 days
 */
public record DashboardView(Map<ArticleStatus, Long> byStatus, List<ArticleSummary> awaitingReview, long viewsToday,
		long views7, long views30, List<String> chartDays, List<Long> chartViews, List<TopArticle> topArticles) {

	/**
	 * A row of the most-read table.
	 *
	 * @param title the headline
	 * @param url the public page
	 * @param language the language code
	 * @param views views in the period
	 */
	public record TopArticle(String title, String url, String language, long views) {
	}

}
