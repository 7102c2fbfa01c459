package com.newscenter.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Builds the {@link LayoutView} of a page in one language, with links to its
 * counterparts.
 */
@Component
public class LayoutFactory {

	private final Languages languages;

	private final SiteSettingsService settings;

	LayoutFactory(Languages languages, SiteSettingsService settings) {
		this.languages = languages;
		this.settings = settings;
	}

	/**
	 * Returns the layout of a page whose counterpart in another language is at the same
	 * path after the language segment.
	 * @param lang the page's language
	 * @param pathAfterLanguage the path after {@code /{lang}}, such as {@code /news}
	 * @return the layout
	 */
	public LayoutView samePath(String lang, String pathAfterLanguage) {
		return create(lang, (code) -> "/" + code + pathAfterLanguage);
	}

	/**
	 * Returns the layout of a page whose counterparts are given per language.
	 * @param lang the page's language
	 * @param counterparts language code to URL; languages missing here link to their news
	 * list
	 * @return the layout
	 */
	public LayoutView withCounterparts(String lang, Map<String, String> counterparts) {
		return create(lang, (code) -> counterparts.getOrDefault(code, "/" + code + "/news"));
	}

	private LayoutView create(String lang, java.util.function.Function<String, String> urlOf) {
		List<LanguageLink> links = new ArrayList<>();
		for (String code : this.languages.all()) {
			links.add(new LanguageLink(code, this.languages.label(code), urlOf.apply(code), code.equals(lang)));
		}
		SiteSettings site = this.settings.get();
		return new LayoutView(lang, this.languages.tag(lang), site.siteName(lang), site, links, "/" + lang + "/",
				"/" + lang + "/news", this.settings.logoUrl());
	}

}
