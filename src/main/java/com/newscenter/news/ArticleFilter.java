package com.newscenter.news;

/**
 * What the back-office article list is narrowed to; {@code null} fields do not filter.
 *
 * @param status only this status
 * @param language only this language
 * @param categoryId only this category
 * @param authorId only this author's
 * @param title only titles containing this text, in any case
 * @param translation only articles with a translation in this state: {@code MISSING} in
 * one of the site's languages, or {@code OUTDATED} against their original
 */
public record ArticleFilter(ArticleStatus status, String language, Long categoryId, Long authorId, String title,
		TranslationState.Status translation) {

	public ArticleFilter(ArticleStatus status, String language, Long categoryId, Long authorId, String title) {
		this(status, language, categoryId, authorId, title, null);
	}

}
