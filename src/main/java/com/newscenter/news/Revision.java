package com.newscenter.news;

import java.time.Instant;
import java.util.List;

/**
 * An article as one save left it.
 *
 * @param articleId the article
 * @param revision its number, from 1
 * @param editedAt when it was saved
 * @param editor who saved it
 * @param title the headline
 * @param summary the summary
 * @param body the body
 * @param status the status
 * @param publishedAt the time of issue
 * @param coverMediaId the cover image
 * @param categoryIds the categories
 * @param seoTitle the SEO title
 * @param seoDescription the SEO description
 */
public record Revision(long articleId, int revision, Instant editedAt, String editor, String title, String summary,
		String body, ArticleStatus status, Instant publishedAt, Long coverMediaId, List<Long> categoryIds,
		String seoTitle, String seoDescription) {

	public Revision {
		categoryIds = List.copyOf(categoryIds);
	}

}
