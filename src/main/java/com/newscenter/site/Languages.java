package com.newscenter.site;

import java.util.List;
import java.util.Locale;

import com.newscenter.system.NewsCenterProperties;

import org.springframework.stereotype.Component;

/**
 * The languages the site is published in; every public URL starts with one of them.
 */
@Component
public class Languages {

	private final List<String> codes;

	public Languages(NewsCenterProperties properties) {
		this.codes = List.copyOf(properties.languages());
	}

	public List<String> all() {
		return this.codes;
	}

	public String defaultLanguage() {
		return this.codes.get(0);
	}

	public boolean isSupported(String code) {
		return code != null && this.codes.contains(code);
	}

	/**
	 * Returns the language unchanged, or fails with {@link UnknownLanguageException}.
	 * @param code the code taken from a URL
	 * @return the same code
	 */
	public String require(String code) {
		if (!isSupported(code)) {
			throw new UnknownLanguageException(code);
		}
		return code;
	}

	public Locale locale(String code) {
		return Locale.forLanguageTag(code);
	}

}
