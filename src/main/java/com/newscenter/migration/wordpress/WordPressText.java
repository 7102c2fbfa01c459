package com.newscenter.migration.wordpress;

import org.jsoup.Jsoup;

/**
 * Turns the HTML WordPress keeps in titles, excerpts and category names into the plain
 * text the site holds: WordPress stores "News &amp; Events" with its entity and shows
 * titles as HTML, while the site escapes text when it shows it.
 */
final class WordPressText {

	private WordPressText() {
	}

	/**
	 * Returns the text of a piece of WordPress HTML, as the search index reads a body:
	 * without tags, with its character references decoded and its white space collapsed.
	 * @param html the HTML
	 * @return the text
	 */
	static String plain(String html) {
		return Jsoup.parseBodyFragment(html).text();
	}

}
