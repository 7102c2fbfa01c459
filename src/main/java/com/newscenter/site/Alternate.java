package com.newscenter.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code hreflang} alternate of a page: the same content in another language, or
 * {@code x-default} for readers of any other language.
 *
 * @param hreflang the language code, or {@code x-default}
 * @param url the absolute URL of that version
 */
public record Alternate(String hreflang, String url) {

	/** The {@code hreflang} value of the version shown to readers of other languages. */
	public static final String X_DEFAULT = "x-default";

	/**
	 * Returns the alternates of a page, in the order given, then {@code x-default}: the
	 * version in the default language, else the first one (the original).
	 * @param urlByLanguage the absolute URL of each version, originals first
	 * @param defaultLanguage the site's default language
	 * @return the alternates, empty when there is no version
	 */
	public static List<Alternate> of(Map<String, String> urlByLanguage, String defaultLanguage) {
		List<Alternate> alternates = new ArrayList<>(urlByLanguage.size() + 1);
		urlByLanguage.forEach((language, url) -> alternates.add(new Alternate(language, url)));
		if (!alternates.isEmpty()) {
			String fallback = urlByLanguage.getOrDefault(defaultLanguage, alternates.get(0).url());
			alternates.add(new Alternate(X_DEFAULT, fallback));
		}
		return alternates;
	}

}
