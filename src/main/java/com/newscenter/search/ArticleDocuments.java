package com.newscenter.search;

import java.time.Instant;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.jsoup.Jsoup;

import com.newscenter.news.Article;

/**
 * Turns an article into the Lucene document the index keeps, and back into a hit's parts.
 */
final class ArticleDocuments {

	static final String ID = "id";

	/** The key again, as doc values: the last tie-breaker of the order. */
	static final String ORDER_ID = "order_id";

	static final String LANGUAGE = "language";

	static final String PUBLISHED = "published";

	static final String TITLE = "title";

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

	static Document of(Article article) {
		String language = article.language();
		long published = (article.publishedAt() != null) ? article.publishedAt().toEpochMilli() : 0;
		Document document = new Document();
		document.add(new StringField(ID, Long.toString(article.id()), Field.Store.YES));
		document.add(new NumericDocValuesField(ORDER_ID, article.id()));
		document.add(new StringField(LANGUAGE, language, Field.Store.YES));
		document.add(new NumericDocValuesField(PUBLISHED, published));
		document.add(new StoredField(PUBLISHED, published));
		document.add(new Field(LanguageAnalyzers.field(TITLE, language), article.title(), TEXT));
		document.add(new Field(LanguageAnalyzers.field(SUMMARY, language), nonNull(article.summary()), TEXT));
		document.add(new Field(LanguageAnalyzers.field(BODY, language), text(article.body()), TEXT));
		return document;
	}

	static long id(Document document) {
		return Long.parseLong(document.get(ID));
	}

	static Instant published(Document document) {
		return Instant.ofEpochMilli(document.getField(PUBLISHED).numericValue().longValue());
	}

	/**
	 * Returns the text a reader sees in an HTML body.
	 * @param html the sanitised body
	 * @return its text, without tags and with entities decoded
	 */
	static String text(String html) {
		return (html != null && !html.isEmpty()) ? Jsoup.parseBodyFragment(html).text() : "";
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

}
