package com.newscenter.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * Runs a query and reads one page of its hits: the exact total, the stored parts of each
 * hit and its snippet.
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
		StoredFields stored = searcher.storedFields();
		String title = LanguageAnalyzers.field(ArticleDocuments.TITLE, query.language());
		Set<String> fields = Set.of(ArticleDocuments.ID, ArticleDocuments.PUBLISHED, title);
		List<SearchHit> hits = new ArrayList<>(docIds.length);
		for (int i = 0; i < docIds.length; i++) {
			Document document = stored.document(docIds[i], fields);
			hits.add(new SearchHit(ArticleDocuments.id(document), query.language(), document.get(title), highlights[i],
					ArticleDocuments.published(document)));
		}
		return new SearchHits(hits, top.totalHits.value, query.page(), query.size());
	}

}
