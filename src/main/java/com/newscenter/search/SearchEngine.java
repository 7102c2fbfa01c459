package com.newscenter.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

import com.newscenter.news.Article;

/**
 * A full-text index of the published articles, kept apart from the database so the engine
 * can change without touching the rest of the site.
 */
public interface SearchEngine {

	/**
	 * Adds an article, or replaces what the index holds of it.
	 * @param article a published article
	 */
	void index(Article article);

	/**
	 * Removes an article; nothing happens when the index does not hold it.
	 * @param articleId the article
	 */
	void remove(long articleId);

	/**
	 * Finds the articles of one language, or of every language, that match a query, best
	 * first.
	 * @param query what to look for
	 * @return one page of hits
	 */
	SearchHits search(SearchQuery query);

	/**
	 * Replaces the whole index with the articles a feed gives; searches see the old index
	 * until the new one is complete.
	 * @param feed the published articles, batch by batch
	 * @param progress told how many articles are in so far, after every batch
	 */
	void rebuild(ArticleFeed feed, LongConsumer progress);

	/**
	 * Counts the articles in the index.
	 * @return how many, 0 when the index is missing on disk
	 */
	long size();

	/**
	 * Notes that the index holds every change made on other nodes up to an instant; the
	 * note is saved with the index, at the latest when it has aged a few minutes.
	 * @param instant the instant, in the database's time
	 */
	void followedUntil(Instant instant);

	/**
	 * Returns up to when the saved index holds the changes made on other nodes.
	 * @return the instant last saved, empty for an index that never noted one
	 */
	Optional<Instant> followed();

	/**
	 * Tells whether there was no index when the site started, so that it holds only what
	 * was indexed since.
	 * @return whether the index started empty
	 */
	boolean startedEmpty();

	/**
	 * Tells whether the index may lack changes: the site stopped abruptly before saving
	 * them, and no rebuild has run since.
	 * @return whether a rebuild is needed
	 */
	boolean missedChanges();

	/**
	 * Gives published articles in batches, in key order.
	 */
	@FunctionalInterface
	interface ArticleFeed {

		/**
		 * Returns the next batch.
		 * @param afterId the last key of the previous batch, 0 for the first
		 * @param limit the batch size
		 * @return the batch, empty at the end
		 */
		List<Article> after(long afterId, int limit);

	}

}
