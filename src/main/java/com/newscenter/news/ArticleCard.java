package com.newscenter.news;

import java.util.List;

/**
 * An article as a list shows it.
 *
 * @param id the article
 * @param title the headline
 * @param summary the short text
 * @param url the article page
 * @param date the time of issue as a reader sees it
 * @param datetime the time of issue in ISO-8601
 * @param cover the cover image, or {@code null}
 * @param categories the categories it is filed under
 */
public record ArticleCard(long id, String title, String summary, String url, String date, String datetime,
		ImageView cover, List<CategoryLink> categories) {
}
