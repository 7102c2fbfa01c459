package com.newscenter.feed;

import java.util.List;
import java.util.Map;

/**
 * How the site's URLs are split into sitemap files of at most {@code maxUrls}: each
 * language's home and news list first, then its articles, newest first.
 *
 * @param languages the site's languages
 * @param articles the number of published articles per language
 * @param maxUrls URLs in one file at most
 */
record SitemapPlan(List<String> languages, Map<String, Long> articles, int maxUrls) {

	/** The home page and the news list of each language. */
	static final int FIXED_URLS = 2;

	SitemapPlan {
		languages = List.copyOf(languages);
		articles = Map.copyOf(articles);
	}

	long urls(String language) {
		return FIXED_URLS + this.articles.getOrDefault(language, 0L);
	}

	long total() {
		return this.languages.stream().mapToLong(this::urls).sum();
	}

	/**
	 * Tells whether {@code /sitemap.xml} is an index of per-language files rather than
	 * the one list of every URL.
	 * @return whether the URLs exceed one file
	 */
	boolean needsIndex() {
		return total() > this.maxUrls;
	}

	int pages(String language) {
		return (int) Math.max(1, (urls(language) + this.maxUrls - 1) / this.maxUrls);
	}

	boolean hasPage(String language, int page) {
		return this.languages.contains(language) && page >= 1 && page <= pages(language);
	}

	/**
	 * Returns what one file of a language holds.
	 * @param page the file's number, from 1
	 * @return its slice of the fixed URLs and of the articles
	 */
	Slice slice(int page) {
		long start = (long) (page - 1) * this.maxUrls;
		long end = start + this.maxUrls;
		return new Slice((int) Math.min(start, FIXED_URLS), (int) Math.min(end, FIXED_URLS),
				Math.max(0, start - FIXED_URLS), Math.max(0, end - Math.max(start, FIXED_URLS)));
	}

	/**
	 * Returns everything of a language, for the one-file sitemap.
	 * @param language the language
	 * @return all its fixed URLs and articles
	 */
	Slice all(String language) {
		return new Slice(0, FIXED_URLS, 0, this.articles.getOrDefault(language, 0L));
	}

	/**
	 * A part of a language's URLs.
	 *
	 * @param fixedFrom the first fixed URL, from 0
	 * @param fixedTo the end of the fixed URLs, excluded
	 * @param offset the articles skipped
	 * @param limit the articles at most
	 */
	record Slice(int fixedFrom, int fixedTo, long offset, long limit) {
	}

}
