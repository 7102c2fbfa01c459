package com.newscenter.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Cuts the snippet shown under each hit: the sentence of the summary or body around the
 * words found, HTML-escaped, with the words in {@code <mark>}.
 */
final class Snippets {

	static final String MARK = "<mark>";

	private static final int LENGTH = 160;

	private final LanguageAnalyzers analyzers;

	Snippets(LanguageAnalyzers analyzers) {
		this.analyzers = analyzers;
	}

	/**
	 * Returns a snippet per document.
	 * @param searcher the searcher that found them
	 * @param query the query that found them
	 * @param language their language
	 * @param docIds the documents
	 * @return the snippets, in the order of the documents
	 * @throws IOException if the index cannot be read
	 */
	String[] of(IndexSearcher searcher, Query query, String language, int[] docIds) throws IOException {
		String summary = ArticleDocuments.SUMMARY;
		String body = ArticleDocuments.BODY;
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, this.analyzers.forLanguage(language))
			.withFormatter(new DefaultPassageFormatter(MARK, "</mark>", " … ", true))
			.withBreakIterator(() -> LengthGoalBreakIterator
				.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ROOT), LENGTH, 0.5f))
			.withWeightMatches(false)
			.build();
		Map<String, String[]> fields = highlighter.highlightFields(new String[] { summary, body }, query, docIds,
				new int[] { 1, 1 });
		String[] snippets = new String[docIds.length];
		for (int i = 0; i < docIds.length; i++) {
			snippets[i] = choose(fields.get(summary)[i], fields.get(body)[i]);
		}
		return snippets;
	}

	/**
	 * Prefers a snippet with a match, the summary before the body; without any, the
	 * summary, or else the start of the body.
	 */
	private static String choose(String summary, String body) {
		if (summary != null && summary.contains(MARK)) {
			return summary;
		}
		if (body != null && body.contains(MARK)) {
			return body;
		}
		if (summary != null && !summary.isBlank()) {
			return summary;
		}
		return (body != null) ? body : "";
	}

}
