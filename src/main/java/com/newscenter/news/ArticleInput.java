package com.newscenter.news;

import java.time.Instant;
import java.util.List;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What a writer sends to create or change an article; on a change, {@code null} fields
 * stay as they are, and a {@link #NO_COVER} cover takes the cover away.
 *
 * @param language the language code
 * @param title the headline
 * @param body the HTML body, sanitised before it is stored
 * @param summary the short text for lists
 * @param categories the category slugs
 * @param status the wanted status
 * @param publishAt the time of issue
 * @param translationOf the article this one translates
 * @param coverImage the media id of the cover image, or {@link #NO_COVER}; in JSON an
 * explicit {@code null} is {@link #NO_COVER}, an absent one {@code null}
 * @param seoTitle the title for search engines
 * @param seoDescription the description for search engines
 * @param slug the URL name; derived from the title when empty
 */
public record ArticleInput(String language, String title, String body, String summary, List<String> categories,
		ArticleStatus status, Instant publishAt, Long translationOf,
		@JsonDeserialize(using = CoverImageReader.class) Long coverImage, String seoTitle, String seoDescription,
		String slug) {

	/** The cover image of an article without one; media ids start at 1. */
	public static final long NO_COVER = 0;

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

	/**
	 * Reads a cover image id as Jackson reads any number, and an explicit {@code null} as
	 * {@link #NO_COVER}, so a JSON merge patch can take the cover away while leaving it
	 * out keeps it.
	 */
	static final class CoverImageReader extends ValueDeserializer<Long> {

		@Override
		public Long deserialize(JsonParser parser, DeserializationContext context) {
			return context.readValue(parser, Long.class);
		}

		@Override
		public Long getNullValue(DeserializationContext context) {
			return NO_COVER;
		}

		@Override
		public Object getAbsentValue(DeserializationContext context) {
			return null;
		}

	}

}
