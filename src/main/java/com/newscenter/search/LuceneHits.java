package com.newscenter.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

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

	SearchHits read(IndexSearcher searcher, Query lucene, SearchQuery query) throws IOException {
		long first = (long) (query.page() - 1) * query.size();
		int window = (int) Math.min(MAX_WINDOW, first + query.size());
		TopFieldDocs top = searcher.search(lucene,
				new TopFieldCollectorManager(LuceneQueries.ORDER, window, null, Integer.MAX_VALUE));
		ScoreDoc[] page = (first < top.scoreDocs.length)
				? Arrays.copyOfRange(top.scoreDocs, (int) first, top.scoreDocs.length) : new ScoreDoc[0];
		int[] docIds = Arrays.stream(page).mapToInt((hit) -> hit.doc).toArray();
		String[] highlights = this.snippets.of(searcher, lucene, query.language(), docIds);
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		List<SearchHit> hits = new ArrayList<>(docIds.length);
		for (int i = 0; i < docIds.length; i++) {
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[i], leaves));
			int doc = docIds[i] - leaf.docBase;
			hits.add(new SearchHit(number(leaf.reader(), ArticleDocuments.ORDER_ID, doc), query.language(),
					title(leaf.reader(), doc), highlights[i],
					Instant.ofEpochMilli(number(leaf.reader(), ArticleDocuments.PUBLISHED, doc))));
		}
		return new SearchHits(hits, top.totalHits.value, query.page(), query.size());
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
