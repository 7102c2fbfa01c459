package com.newscenter.site;

import java.util.List;

/**
 * What the shared page layout shows around every public page: header, language switcher
 * and footer.
 *
 * @param lang the page's language code
 * @param htmlLang the value of {@code <html lang>}
 * @param siteName the site name in the page's language
 * @param settings the footer lines
 * @param languages the language switcher's links
 * @param homeUrl the home page of this language
 * @param newsUrl the news list of this language
 * @param logoUrl where the site's logo is served, or {@code null} without one
 */
public record LayoutView(String lang, String htmlLang, String siteName, SiteSettings settings,
		List<LanguageLink> languages, String homeUrl, String newsUrl, String logoUrl) {
}
