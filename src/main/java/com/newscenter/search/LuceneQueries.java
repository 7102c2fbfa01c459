package com.newscenter.search;

import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * Builds queries from analysed words, never from the text a reader typed, so Lucene's
 * query syntax has no meaning in the search box: every word must appear in the title, the
 * summary or the body, and a title match weighs most.
 */
final class LuceneQueries {

	static final float TITLE_BOOST = 10;

	static final float SUMMARY_BOOST = 4;

	static final float BODY_BOOST = 1;

	/** Best match first; among equals the newest, then the highest key. */
	static final Sort ORDER = new Sort(SortField.FIELD_SCORE,
			new SortField(ArticleDocuments.PUBLISHED, SortField.Type.LONG, true),
			new SortField(ArticleDocuments.ORDER_ID, SortField.Type.LONG, true));

	private LuceneQueries() {
	}

	/**
	 * Returns the query matching the articles of a language that hold every word.
	 * @param language the language code
	 * @param terms analysed words, at least one
	 * @return the query
	 */
	static Query allWords(String language, List<String> terms) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		for (String term : terms) {
			BooleanQuery.Builder anyField = new BooleanQuery.Builder();
			anyField.add(field(ArticleDocuments.TITLE, term, TITLE_BOOST), Occur.SHOULD);
			anyField.add(field(ArticleDocuments.SUMMARY, term, SUMMARY_BOOST), Occur.SHOULD);
			anyField.add(field(ArticleDocuments.BODY, term, BODY_BOOST), Occur.SHOULD);
			all.add(anyField.build(), Occur.MUST);
		}
		all.add(new TermQuery(new Term(ArticleDocuments.LANGUAGE, language)), Occur.FILTER);
		return all.build();
	}

	/**
	 * Returns the query matching the articles that hold every word in their own language:
	 * the words of each language come from its analyzer, so Chinese text is split by the
	 * Chinese dictionary for Chinese articles and stemmed as English for English ones.
	 * @param termsByLanguage each language's analysed words; languages without words are
	 * left out
	 * @return the query, matching nothing when no language has words
	 */
	static Query allWordsInAnyLanguage(Map<String, List<String>> termsByLanguage) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		termsByLanguage.forEach((language, terms) -> {
			if (!terms.isEmpty()) {
				any.add(allWords(language, terms), Occur.SHOULD);
			}
		});
		return any.build();
	}

	private static Query field(String name, String term, float boost) {
		return new BoostQuery(new TermQuery(new Term(name, term)), boost);
	}

}
