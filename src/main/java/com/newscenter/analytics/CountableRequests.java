package com.newscenter.analytics;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells which page requests are views: real GETs by people, not HEADs, prefetches or
 * crawlers.
 */
final class CountableRequests {

	/**
	 * Words that only crawlers put in their User-Agent. "bot" also covers Googlebot and
	 * Bingbot, "spider" Baiduspider, 360Spider and Bytespider. Plain {@code contains}
	 * scans rather than one regular expression: this runs on every article view.
	 */
	private static final List<String> CRAWLER_WORDS = List.of("bot", "crawler", "spider", "slurp", "yandex", "sogou",
			"facebookexternalhit", "mediapartners");

	private CountableRequests() {
	}

	static boolean isView(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return false;
		}
		if (isPrefetch(request.getHeader("Sec-Purpose")) || isPrefetch(request.getHeader("Purpose"))
				|| isPrefetch(request.getHeader("X-Purpose")) || isPrefetch(request.getHeader("X-Moz"))) {
			return false;
		}
		return !isCrawler(request.getHeader("User-Agent"));
	}

	/**
	 * Tells whether a User-Agent is missing or names a known crawler.
	 * @param userAgent the header value
	 * @return whether views by it are left uncounted
	 */
	static boolean isCrawler(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return true;
		}
		String agent = userAgent.toLowerCase(Locale.ROOT);
		for (String word : CRAWLER_WORDS) {
			if (agent.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isPrefetch(String purpose) {
		if (purpose == null) {
			return false;
		}
		String value = purpose.toLowerCase(Locale.ROOT);
		return value.contains("prefetch") || value.contains("prerender");
	}

}
