package com.newscenter.migration.wordpress;

import java.util.regex.Pattern;

import org.owasp.html.Encoding;

/**
 * Turns the HTML WordPress keeps in titles, excerpts and category names into the plain
 * text the site holds: WordPress stores "News &amp; Events" with its entity and shows
 * titles as HTML, while the site escapes text when it shows it.
 */
final class WordPressText {

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private WordPressText() {
	}

	/**
	 * Returns the text of a piece of WordPress HTML: without tags, with its character
	 * references decoded and its white space collapsed.
	 * @param html the HTML
	 * @return the text
	 */
	static String plain(String html) {
		String text = TAG.matcher(html).replaceAll(" ");
		return SPACES.matcher(Encoding.decodeHtml(text)).replaceAll(" ").strip();
	}

}
