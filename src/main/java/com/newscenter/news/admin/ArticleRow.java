package com.newscenter.news.admin;

/**
 * A line of the back-office article list.
 *
 * @param id the article
 * @param title the headline
 * @param language the language code
 * @param status the status code
 * @param date the time of issue, or empty
 * @param categories the category names, joined
 */
public record ArticleRow(long id, String title, String language, String status, String date, String categories) {
}
