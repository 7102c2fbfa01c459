package com.newscenter.feed;

import java.time.Instant;
import java.util.List;

/**
 * A feed of the newest articles of a language, or of one category in it, whatever the
 * format it is written in.
 *
 * @param title the feed's title
 * @param description what it holds
 * @param language the BCP 47 tag of its language
 * @param selfUrl the absolute URL of the feed itself
 * @param pageUrl the absolute URL of the news list it follows
 * @param author the site's name, the author of every entry
 * @param updated when an entry last changed
 * @param entries the entries, newest first
 */
record Feed(String title, String description, String language, String selfUrl, String pageUrl, String author,
		Instant updated, List<FeedEntry> entries) {

	Feed {
		entries = List.copyOf(entries);
	}

}
