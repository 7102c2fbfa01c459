package com.newscenter.feed;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code newscenter.feed.*} settings of feeds and sitemaps.
 *
 * @param items articles in an RSS or Atom feed
 * @param sitemapMaxUrls URLs in one sitemap file; above it {@code /sitemap.xml} becomes
 * an index of per-language files
 * @param newsWindow how far back the news sitemap reaches
 * @param newsMaxUrls URLs in the news sitemap at most
 */
@ConfigurationProperties("newscenter.feed")
record FeedProperties(@DefaultValue("20") int items, @DefaultValue("50000") int sitemapMaxUrls,
		@DefaultValue("PT48H") Duration newsWindow, @DefaultValue("1000") int newsMaxUrls) {

	FeedProperties {
		if (items < 1 || sitemapMaxUrls < 1 || newsMaxUrls < 1) {
			throw new IllegalArgumentException("newscenter.feed.* counts must be positive");
		}
	}

}
