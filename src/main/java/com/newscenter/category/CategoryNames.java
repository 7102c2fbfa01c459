package com.newscenter.category;

import java.util.LinkedHashMap;
import java.util.Map;

import com.newscenter.site.Languages;
import com.newscenter.system.web.BadRequestException;

import org.springframework.stereotype.Component;

/**
 * Checks the names of a category: one per language of the site, at least one, none blank
 * or too long.
 */
@Component
class CategoryNames {

	private static final int MAX_LENGTH = 200;

	private final Languages languages;

	CategoryNames(Languages languages) {
		this.languages = languages;
	}

	/**
	 * Returns the names trimmed, or fails naming the field {@code names}.
	 * @param names the name per language code
	 * @return the names as they are stored
	 */
	Map<String, String> check(Map<String, String> names) {
		if (names == null || names.isEmpty()) {
			throw new BadRequestException("names", "names must give a name in at least one language");
		}
		Map<String, String> checked = new LinkedHashMap<>();
		names.forEach((language, name) -> {
			if (!this.languages.isSupported(language)) {
				throw new BadRequestException("names", "'" + language + "' is not a language of this site");
			}
			if (name == null || name.isBlank() || name.strip().length() > MAX_LENGTH) {
				throw new BadRequestException("names", "each name needs 1 to " + MAX_LENGTH + " characters");
			}
			checked.put(language, name.strip());
		});
		return checked;
	}

}
