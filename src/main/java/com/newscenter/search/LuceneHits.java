package com.newscenter.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;

/**
 * Runs a query and reads one page of its hits: the exact total, each hit's key, title and
 * time of issue (from doc values) and its snippet.
 */
final class LuceneHits {

	/** Hits beyond this rank are not served; nobody pages that far. */
	static final int MAX_WINDOW = 10_000;

	private final Snippets snippets;

	LuceneHits(Snippets snippets) {
		this.snippets = snippets;
	}

	/**
	 * Runs a query and reads the page it asks for.
	 * @param searcher the searcher
	 * @param lucene the query
	 * @param query the search it stands for
	 * @param languages the languages it searches
	 * @return the page
	 * @throws IOException if the index cannot be read
	 */
	SearchHits read(IndexSearcher searcher, Query lucene, SearchQuery query, Collection<String> languages)
			throws IOException {
		long first = (long) (query.page() - 1) * query.size();
		int window = (int) Math.min(MAX_WINDOW, first + query.size());
		TopFieldDocs top = searcher.search(lucene,
				new TopFieldCollectorManager(LuceneQueries.ORDER, window, null, Integer.MAX_VALUE));
		ScoreDoc[] page = (first < top.scoreDocs.length)
				? Arrays.copyOfRange(top.scoreDocs, (int) first, top.scoreDocs.length) : new ScoreDoc[0];
		int[] docIds = Arrays.stream(page).mapToInt((hit) -> hit.doc).toArray();
		String[] highlights = this.snippets.of(searcher, lucene, query.language(), docIds);
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		Map<String, Weight> inLanguage = (languages.size() > 1) ? languageWeights(searcher, languages) : Map.of();
		List<SearchHit> hits = new ArrayList<>(docIds.length);
		for (int i = 0; i < docIds.length; i++) {
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[i], leaves));
			int doc = docIds[i] - leaf.docBase;
			String language = inLanguage.isEmpty() ? languages.iterator().next() : languageOf(inLanguage, leaf, doc);
			hits.add(new SearchHit(number(leaf.reader(), ArticleDocuments.ORDER_ID, doc), language,
					title(leaf.reader(), doc), highlights[i],
					Instant.ofEpochMilli(number(leaf.reader(), ArticleDocuments.PUBLISHED, doc))));
		}
		return new SearchHits(hits, top.totalHits.value, query.page(), query.size());
	}

	/** Prepares, once per page, the test of each language's term. */
	private static Map<String, Weight> languageWeights(IndexSearcher searcher, Collection<String> languages)
			throws IOException {
		Map<String, Weight> weights = new LinkedHashMap<>();
		for (String language : languages) {
			Query query = new TermQuery(new Term(ArticleDocuments.LANGUAGE, language));
			weights.put(language, searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1));
		}
		return weights;
	}

	/**
	 * Finds which language a document is in; the index keeps the language as an indexed
	 * term only, and a page holds few hits.
	 */
	private static String languageOf(Map<String, Weight> inLanguage, LeafReaderContext leaf, int doc)
			throws IOException {
		for (Map.Entry<String, Weight> language : inLanguage.entrySet()) {
			Scorer scorer = language.getValue().scorer(leaf);
			if (scorer != null && scorer.iterator().advance(doc) == doc) {
				return language.getKey();
			}
		}
		throw new IllegalStateException("A document found in none of the languages searched: " + inLanguage.keySet());
	}

	private static long number(LeafReader reader, String field, int doc) throws IOException {
		NumericDocValues values = DocValues.getNumeric(reader, field);
		return values.advanceExact(doc) ? values.longValue() : 0;
	}

	private static String title(LeafReader reader, int doc) throws IOException {
		BinaryDocValues values = DocValues.getBinary(reader, ArticleDocuments.TITLE_VALUE);
		return values.advanceExact(doc) ? values.binaryValue().utf8ToString() : "";
	}

}
