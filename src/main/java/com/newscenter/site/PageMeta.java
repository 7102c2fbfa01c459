package com.newscenter.site;

import java.util.List;

/**
 * What the head of a public page tells search engines, social networks and feed readers
 * about it, beside its title.
 *
 * @param canonical the absolute canonical URL
 * @param description the meta description, or {@code null}
 * @param prev the absolute URL of the previous page of a list, or {@code null}
 * @param next the absolute URL of the next page of a list, or {@code null}
 * @param alternates the {@code hreflang} alternates, {@code x-default} last
 * @param social the Open Graph and Twitter card fields, or {@code null}
 * @param jsonLd the JSON-LD data block, escaped for a {@code <script>} element, or
 * {@code null}
 * @param feedCategory the slug of the category whose feeds the page announces, or
 * {@code null}
 * @param feedCategoryName the name of that category
 */
public record PageMeta(String canonical, String description, String prev, String next, List<Alternate> alternates,
		SocialMeta social, String jsonLd, String feedCategory, String feedCategoryName) {

	public PageMeta {
		alternates = List.copyOf(alternates);
	}

}
