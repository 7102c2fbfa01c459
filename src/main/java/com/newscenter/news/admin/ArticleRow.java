package com.newscenter.news.admin;

import java.util.List;

import com.newscenter.news.TranslationState;

/**
 * A line of the back-office article list.
 *
 * @param id the article
 * @param title the headline
 * @param language the language code
 * @param status the status code
 * @param date the time of issue, or empty
 * @param categories the category names, joined
 * @param views its views so far
 * @param translations where its versions in the site's other languages stand
 */
public record ArticleRow(long id, String title, String language, String status, String date, String categories,
		long views, List<TranslationState> translations) {

	public ArticleRow {
		translations = List.copyOf(translations);
	}

}
