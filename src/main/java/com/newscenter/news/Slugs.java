package com.newscenter.news;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Derives URL names from titles: lower-case ASCII words joined by hyphens.
 */
final class Slugs {

	private static final int MAX_LENGTH = 80;

	private Slugs() {
	}

	/**
	 * Makes a slug of a title; titles without Latin letters or digits (such as Chinese
	 * ones) give {@code article}.
	 * @param title the title
	 * @return the slug
	 */
	static String of(String title) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
		}
		return slug.isEmpty() ? "article" : slug;
	}

}
