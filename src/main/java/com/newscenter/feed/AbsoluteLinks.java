package com.newscenter.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the site-relative links and images of an article body absolute, since feed
 * readers show it away from the site.
 */
final class AbsoluteLinks {

	/**
	 * A quoted {@code href} or {@code src} starting with one slash, as the sanitiser
	 * writes them.
	 */
	private static final Pattern RELATIVE = Pattern.compile("\\b(href|src)=\"/(?!/)");

	private AbsoluteLinks() {
	}

	/**
	 * Returns the body with every site-relative link prefixed by the site's base URL.
	 * @param html the sanitised body
	 * @param base the absolute base, without a trailing slash
	 * @return the body with absolute links
	 */
	static String of(String html, String base) {
		return RELATIVE.matcher(html)
			.replaceAll((match) -> match.group(1) + "=\"" + Matcher.quoteReplacement(base) + "/");
	}

}
