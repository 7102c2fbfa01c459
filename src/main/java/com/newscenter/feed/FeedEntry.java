package com.newscenter.feed;

import java.time.Instant;
import java.util.List;

/**
 * An article as a feed carries it.
 *
 * @param title its headline
 * @param url its absolute canonical URL, also its permanent id
 * @param summary its short text, possibly empty
 * @param html its full sanitised body, links made absolute
 * @param published its time of issue
 * @param updated the later of its time of issue and its last change
 * @param categories its categories
 */
record FeedEntry(String title, String url, String summary, String html, Instant published, Instant updated,
		List<Topic> categories) {

	FeedEntry {
		categories = List.copyOf(categories);
	}

	/**
	 * A category of an entry.
	 *
	 * @param term its slug
	 * @param label its name in the feed's language
	 */
	record Topic(String term, String label) {
	}

}
