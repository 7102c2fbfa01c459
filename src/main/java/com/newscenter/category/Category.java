package com.newscenter.category;

import java.util.Map;

/**
 * A topic articles are filed under, named in each language of the site.
 *
 * @param id the key
 * @param slug the URL name, the same in every language
 * @param parentId the parent category, or {@code null} at the top
 * @param position the place among its siblings
 * @param names the name per language code
 */
public record Category(long id, String slug, Long parentId, int position, Map<String, String> names) {

	public Category {
		names = Map.copyOf(names);
	}

	/**
	 * Returns the name in a language, falling back to another language, then to the slug.
	 * @param language the language code
	 * @return the name to show
	 */
	public String name(String language) {
		String name = this.names.get(language);
		if (name != null) {
			return name;
		}
		return this.names.values().stream().findFirst().orElse(this.slug);
	}

}
