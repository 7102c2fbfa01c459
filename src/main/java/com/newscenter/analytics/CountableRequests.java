package com.newscenter.analytics;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells which page requests are views: real GETs by people, not HEADs, prefetches or
 * crawlers.
 */
final class CountableRequests {

	private static final Pattern CRAWLER = Pattern
		.compile("bot|crawler|spider|slurp|googlebot|bingbot|baiduspider|yandex|sogou|360spider|bytespider"
				+ "|facebookexternalhit|mediapartners");

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
		return CRAWLER.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
	}

	private static boolean isPrefetch(String purpose) {
		if (purpose == null) {
			return false;
		}
		String value = purpose.toLowerCase(Locale.ROOT);
		return value.contains("prefetch") || value.contains("prerender");
	}

}
