package com.newscenter.site;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.newscenter.system.NewsCenterProperties;

import org.springframework.stereotype.Component;

/**
 * The languages the site is published in; every public URL starts with one of them.
 */
@Component
public class Languages {

	/** Language tags of codes that need a region or script, for {@code <html lang>}. */
	private static final Map<String, String> TAGS = Map.of("zh", "zh-CN");

	/** Each language's name in itself, as readers look for it. */
	private static final Map<String, String> LABELS = Map.of("en", "English", "zh", "中文");

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

	/**
	 * Returns the BCP 47 tag of a language for {@code <html lang>}, feeds and structured
	 * data: {@code zh} content is Simplified Chinese, {@code zh-CN}.
	 * @param code the language code
	 * @return the tag
	 */
	public String tag(String code) {
		return TAGS.getOrDefault(code, code);
	}

	/**
	 * Returns a language's name in itself, for links that lead to it.
	 * @param code the language code
	 * @return its name, or the code for a language without one here
	 */
	public String label(String code) {
		return LABELS.getOrDefault(code, code);
	}

	public Locale locale(String code) {
		return Locale.forLanguageTag(code);
	}

}
