package com.newscenter.news.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.newscenter.news.ArticleStatus;

/**
 * An article in the JSON API; {@code body} only when one article is asked for. The
 * contract's fields are always there, {@code publishedAt} as {@code null} while an
 * article has not been issued.
 *
 * @param id the key
 * @param language the language code
 * @param title the headline
 * @param slug the URL name
 * @param summary the short text
 * @param url the absolute canonical URL of its page
 * @param status where it stands
 * @param publishedAt the time of issue
 * @param categories its categories, named in its language
 * @param views the view count
 * @param translations language code to article id, itself included
 * @param coverImage the cover image, or {@code null}
 * @param body the HTML body, only for a single article
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleJson(long id, String language, String title, String slug,
		@JsonInclude(JsonInclude.Include.ALWAYS) String summary, String url, ArticleStatus status,
		@JsonInclude(JsonInclude.Include.ALWAYS) Instant publishedAt, List<CategoryJson> categories, long views,
		Map<String, Long> translations, ImageJson coverImage, String body) {

	/**
	 * A category as an article carries it.
	 *
	 * @param slug its URL name
	 * @param name its name in the article's language
	 */
	public record CategoryJson(String slug, String name) {
	}

	/**
	 * An image as an article carries it.
	 *
	 * @param id the media id
	 * @param url its absolute URL
	 * @param width its width
	 * @param height its height
	 */
	public record ImageJson(long id, String url, int width, int height) {
	}

}
