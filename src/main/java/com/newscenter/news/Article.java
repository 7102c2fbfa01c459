package com.newscenter.news;

import java.time.Instant;
import java.util.List;

/**
 * An article as stored, in one language; translations share a translation group.
 *
 * @param id the key
 * @param language the language code
 * @param title the headline
 * @param slug the URL name derived from the title
 * @param summary the short text shown in lists, possibly empty
 * @param body the sanitised HTML body
 * @param coverMediaId the cover image, or {@code null}
 * @param status where it stands
 * @param publishedAt the time of issue, or {@code null} before it has one
 * @param authorId the user who wrote it, or {@code null}
 * @param views the views counted in the database
 * @param translationGroup the key shared with its translations
 * @param categoryIds the categories it is filed under
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param seoTitle the title for search engines, or {@code null} to use the title
 * @param seoDescription the description for search engines, or {@code null} to use the
 * summary
 */
public record Article(long id, String language, String title, String slug, String summary, String body,
		Long coverMediaId, ArticleStatus status, Instant publishedAt, Long authorId, long views, long translationGroup,
		List<Long> categoryIds, Instant createdAt, Instant updatedAt, String seoTitle, String seoDescription) {

	public Article {
		categoryIds = List.copyOf(categoryIds);
	}

	public boolean isPublished() {
		return this.status == ArticleStatus.PUBLISHED;
	}

}
