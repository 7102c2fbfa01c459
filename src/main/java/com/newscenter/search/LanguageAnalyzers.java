package com.newscenter.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Splits text into words the way each language needs: Chinese into words by the
 * SmartChinese dictionary, English stemmed and lower-cased; other languages by Unicode
 * rules.
 */
final class LanguageAnalyzers implements Closeable {

	private final Map<String, Analyzer> byLanguage = new HashMap<>();

	private final Analyzer fallback = new StandardAnalyzer();

	LanguageAnalyzers(List<String> languages) {
		for (String language : languages) {
			if ("zh".equals(language)) {
				this.byLanguage.put(language, new SmartChineseAnalyzer());
			}
			else if ("en".equals(language)) {
				this.byLanguage.put(language, new EnglishAnalyzer());
			}
		}
	}

	Analyzer forLanguage(String language) {
		return this.byLanguage.getOrDefault(language, this.fallback);
	}

	/**
	 * Returns the analyzer of text whose language is not known.
	 * @return the Unicode-rules analyzer
	 */
	Analyzer fallback() {
		return this.fallback;
	}

	/**
	 * Returns the distinct words of a text as the index of a language holds them.
	 * @param language the language code
	 * @param text what a reader typed
	 * @param limit the most words to return
	 * @return the words in the order they came, without stop words and punctuation
	 */
	List<String> terms(String language, String text, int limit) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream tokens = forLanguage(language).tokenStream(ArticleDocuments.BODY, text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken() && terms.size() < limit) {
				terms.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(terms);
	}

	@Override
	public void close() {
		this.byLanguage.values().forEach(Analyzer::close);
		this.fallback.close();
	}

}
