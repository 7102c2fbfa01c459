package com.newscenter.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.jsoup.Jsoup;

import com.newscenter.news.Article;

/**
 * Turns an article into the Lucene document the index keeps. Every language shares the
 * text fields, each document analysed by its language's analyzer, so the fields' norms
 * are dense; what a hit shows comes from doc values, cheaper to read than stored fields.
 */
final class ArticleDocuments {

	static final String ID = "id";

	/** The key as doc values: what a hit reads, and the last tie-breaker of the order. */
	static final String ORDER_ID = "order_id";

	static final String LANGUAGE = "language";

	static final String PUBLISHED = "published";

	static final String TITLE = "title";

	/** The title as doc values, for showing hits. */
	static final String TITLE_VALUE = "title_value";

	static final String SUMMARY = "summary";

	static final String BODY = "body";

	/** Analysed, stored, with offsets in the postings so snippets need no re-analysis. */
	private static final FieldType TEXT;

	static {
		TEXT = new FieldType(TextField.TYPE_STORED);
		TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		TEXT.freeze();
	}

	private ArticleDocuments() {
	}

	static Term idTerm(long id) {
		return new Term(ID, Long.toString(id));
	}

	/**
	 * Returns the document of an article.
	 * @param article the article
	 * @param analyzer the analyzer of its language
	 * @return the document
	 */
	static Document of(Article article, Analyzer analyzer) {
		long published = (article.publishedAt() != null) ? article.publishedAt().toEpochMilli() : 0;
		Document document = new Document();
		document.add(new StringField(ID, Long.toString(article.id()), Field.Store.NO));
		document.add(new NumericDocValuesField(ORDER_ID, article.id()));
		document.add(new StringField(LANGUAGE, article.language(), Field.Store.NO));
		document.add(new NumericDocValuesField(PUBLISHED, published));
		document.add(new BinaryDocValuesField(TITLE_VALUE, new BytesRef(article.title())));
		document.add(new LanguageField(TITLE, article.title(), analyzer));
		document.add(new LanguageField(SUMMARY, (article.summary() != null) ? article.summary() : "", analyzer));
		document.add(new LanguageField(BODY, text(article.body()), analyzer));
		return document;
	}

	/**
	 * Returns the text a reader sees in an HTML body.
	 * @param html the sanitised body
	 * @return its text, without tags and with entities decoded
	 */
	static String text(String html) {
		return (html != null && !html.isEmpty()) ? Jsoup.parseBodyFragment(html).text() : "";
	}

	/**
	 * A text field analysed by the analyzer of its document's language, whatever the
	 * index writer's analyzer.
	 */
	private static final class LanguageField extends Field {

		private final Analyzer analyzer;

		LanguageField(String name, String value, Analyzer analyzer) {
			super(name, value, TEXT);
			this.analyzer = analyzer;
		}

		@Override
		public TokenStream tokenStream(Analyzer ignored, TokenStream reuse) {
			return this.analyzer.tokenStream(name(), stringValue());
		}

	}

}
