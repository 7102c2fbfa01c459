package com.newscenter.news;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A published article as a sitemap lists it: where it is, when it last changed and its
 * published translations.
 *
 * @param id the article
 * @param language its language code
 * @param lastModified the later of its time of issue and its last change
 * @param translations language code to id of every published version, itself included,
 * originals first
 */
public record SitemapEntry(long id, String language, Instant lastModified, Map<String, Long> translations) {

	public SitemapEntry {
		translations = Collections.unmodifiableMap(new LinkedHashMap<>(translations));
	}

}
