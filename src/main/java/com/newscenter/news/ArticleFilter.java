package com.newscenter.news;

import com.newscenter.account.Actor;

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
 * @param readerId only what this author may read: their own articles and the published
 * ones; {@code null} for editors, who read everything
 */
public record ArticleFilter(ArticleStatus status, String language, Long categoryId, Long authorId, String title,
		TranslationState.Status translation, Long readerId) {

	/**
	 * Returns this filter narrowed to what a staff member may read.
	 * @param actor who reads
	 * @return the filter as they may use it
	 */
	public ArticleFilter readableBy(Actor actor) {
		Long reader = actor.isEditor() ? null : ((actor.userId() != null) ? actor.userId() : -1L);
		return new ArticleFilter(this.status, this.language, this.categoryId, this.authorId, this.title,
				this.translation, reader);
	}

}
