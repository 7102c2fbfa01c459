package com.newscenter.news;

import java.time.Instant;
import java.util.List;

/**
 * An article as lists show it: everything but the body.
 *
 * @param id the key
 * @param language the language code
 * @param title the headline
 * @param slug the URL name
 * @param summary the short text
 * @param coverMediaId the cover image, or {@code null}
 * @param status where it stands
 * @param publishedAt the time of issue
 * @param views the views counted in the database
 * @param categoryIds the categories it is filed under
 * @param translationGroup the key shared with its translations
 */
public record ArticleSummary(long id, String language, String title, String slug, String summary, Long coverMediaId,
		ArticleStatus status, Instant publishedAt, long views, List<Long> categoryIds, long translationGroup) {

	public ArticleSummary {
		categoryIds = List.copyOf(categoryIds);
	}

}
