package com.newscenter.news;

import java.time.Instant;
import java.util.List;

/**
 * What a writer sends to create or change an article; on a change, {@code null} fields
 * stay as they are.
 *
 * @param language the language code
 * @param title the headline
 * @param body the HTML body, sanitised before it is stored
 * @param summary the short text for lists
 * @param categories the category slugs
 * @param status the wanted status
 * @param publishAt the time of issue
 * @param translationOf the article this one translates
 * @param coverImage the media id of the cover image
 * @param seoTitle the title for search engines
 * @param seoDescription the description for search engines
 * @param slug the URL name; derived from the title when empty
 */
public record ArticleInput(String language, String title, String body, String summary, List<String> categories,
		ArticleStatus status, Instant publishAt, Long translationOf, Long coverImage, String seoTitle,
		String seoDescription, String slug) {

	public ArticleInput(String language, String title, String body, String summary, List<String> categories,
			ArticleStatus status, Instant publishAt, Long translationOf, Long coverImage, String seoTitle,
			String seoDescription) {
		this(language, title, body, summary, categories, status, publishAt, translationOf, coverImage, seoTitle,
				seoDescription, null);
	}

	public ArticleInput(String language, String title, String body, String summary, List<String> categories,
			ArticleStatus status, Instant publishAt, Long translationOf, Long coverImage) {
		this(language, title, body, summary, categories, status, publishAt, translationOf, coverImage, null, null,
				null);
	}

	/**
	 * Returns a change of status alone.
	 * @param status the new status
	 * @return the change
	 */
	public static ArticleInput status(ArticleStatus status) {
		return new ArticleInput(null, null, null, null, null, status, null, null, null);
	}

}
