package com.newscenter.search;

import com.newscenter.news.ArticleService;
import com.newscenter.site.Languages;
import com.newscenter.system.NewsCenterProperties;
import com.newscenter.system.web.BadRequestException;

import org.springframework.stereotype.Service;

/**
 * What the rest of the site may ask of search: find articles for what a reader typed,
 * within the rules for queries, and rebuild the index.
 */
@Service
public class SearchService {

	private final SearchEngine engine;

	private final SearchIndexer indexer;

	private final ArticleService articles;

	private final Languages languages;

	private final int maxQueryLength;

	SearchService(SearchEngine engine, SearchIndexer indexer, ArticleService articles, Languages languages,
			NewsCenterProperties properties) {
		this.engine = engine;
		this.indexer = indexer;
		this.articles = articles;
		this.languages = languages;
		this.maxQueryLength = properties.search().maxQueryLength();
	}

	public int maxQueryLength() {
		return this.maxQueryLength;
	}

	/**
	 * Tells whether a query can be run; its length counts UTF-16 units, as a browser's
	 * {@code maxlength} does.
	 * @param text what the reader typed, possibly {@code null}
	 * @return the verdict
	 */
	public QueryCheck check(String text) {
		if (text == null || text.isBlank()) {
			return QueryCheck.BLANK;
		}
		return (text.strip().length() > this.maxQueryLength) ? QueryCheck.TOO_LONG : QueryCheck.OK;
	}

	/**
	 * Finds the published articles of a language, or of every language, that hold every
	 * word of a query, best first.
	 * @param language the language code, {@code null} for every language
	 * @param text what the reader typed: words, not query syntax
	 * @param page the page, from 1
	 * @param size the page size
	 * @return one page of hits
	 * @throws BadRequestException when the query is blank or too long
	 * @throws com.newscenter.site.UnknownLanguageException for a language the site lacks
	 */
	public SearchHits search(String language, String text, int page, int size) {
		if (language != null) {
			this.languages.require(language);
		}
		switch (check(text)) {
			case BLANK -> throw new BadRequestException("q", "q is required: the words to search for");
			case TOO_LONG ->
				throw new BadRequestException("q", "q is too long: at most " + this.maxQueryLength + " characters");
			default -> {
			}
		}
		return this.engine.search(new SearchQuery(language, text.strip(), page, size));
	}

	/**
	 * Starts rebuilding the index in the background, unless a rebuild is running.
	 * @return where the rebuild stands
	 */
	public RebuildStatus startRebuild() {
		return this.indexer.start();
	}

	public RebuildStatus rebuildStatus() {
		return this.indexer.status();
	}

	public long indexedArticles() {
		return this.engine.size();
	}

	public long publishedArticles() {
		return this.articles.countPublished();
	}

	/**
	 * Whether a query can be run.
	 */
	public enum QueryCheck {

		/** It can. */
		OK,
		/** Nothing to look for. */
		BLANK,
		/** Longer than allowed. */
		TOO_LONG

	}

}
