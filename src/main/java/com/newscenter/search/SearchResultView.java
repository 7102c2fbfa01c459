package com.newscenter.search;

/**
 * One hit as the search page shows it.
 *
 * @param id the article
 * @param title the headline
 * @param url the article page
 * @param highlight the snippet, HTML with the words found in {@code <mark>}
 * @param date the time of issue as a reader sees it
 * @param datetime the time of issue in ISO-8601
 */
public record SearchResultView(long id, String title, String url, String highlight, String date, String datetime) {
}
