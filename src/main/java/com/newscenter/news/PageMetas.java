package com.newscenter.news;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.newscenter.category.Category;
import com.newscenter.site.Alternate;
import com.newscenter.site.DateFormats;
import com.newscenter.site.JsonLd;
import com.newscenter.site.Languages;
import com.newscenter.site.PageMeta;
import com.newscenter.site.SiteSettingsService;
import com.newscenter.site.SiteUrls;
import com.newscenter.site.SocialMeta;

import org.springframework.stereotype.Component;

/**
 * Builds the head metadata of the public pages: canonical and {@code hreflang} links
 * everywhere, pagination links on lists, Open Graph, Twitter card and JSON-LD on
 * articles.
 */
@Component
class PageMetas {

	private final SiteUrls urls;

	private final Languages languages;

	private final SiteSettingsService settings;

	private final DateFormats dates;

	private final JsonLd jsonLd;

	PageMetas(SiteUrls urls, Languages languages, SiteSettingsService settings, DateFormats dates, JsonLd jsonLd) {
		this.urls = urls;
		this.languages = languages;
		this.settings = settings;
		this.dates = dates;
		this.jsonLd = jsonLd;
	}

	PageMeta home(String lang) {
		String base = this.urls.base();
		return new PageMeta(base + "/" + lang + "/", null, null, null, samePath(base, "/"), null, null, null, null);
	}

	/**
	 * Returns the metadata of a news list page.
	 * @param lang the page's language
	 * @param category the category shown, or {@code null}
	 * @param page the page number
	 * @param totalPages the number of pages
	 * @return the metadata
	 */
	PageMeta list(String lang, Category category, int page, int totalPages) {
		String base = this.urls.base();
		String query = (category != null) ? "?category=" + category.slug() : "";
		String path = listPath(query, page);
		String prev = (page > 1 && page <= totalPages) ? base + "/" + lang + listPath(query, page - 1) : null;
		String next = (page < totalPages) ? base + "/" + lang + listPath(query, page + 1) : null;
		return new PageMeta(base + "/" + lang + path, null, prev, next, samePath(base, path), null, null,
				(category != null) ? category.slug() : null, (category != null) ? category.name(lang) : null);
	}

	/**
	 * Returns the metadata of an article page.
	 * @param article the article
	 * @param page what the page shows of it
	 * @param translations language code to id of its published versions, itself included
	 * @return the metadata
	 */
	PageMeta article(Article article, ArticlePage page, Map<String, Long> translations) {
		String base = this.urls.base();
		String lang = article.language();
		String siteName = this.settings.get().siteName(lang);
		String title = isBlank(article.seoTitle()) ? article.title() : article.seoTitle();
		String description = isBlank(article.seoDescription()) ? article.summary() : article.seoDescription();
		description = isBlank(description) ? null : description;
		String image = (page.cover() != null) ? this.urls.absolute(page.cover().url()) : null;
		String published = this.dates.iso(article.publishedAt());
		String modified = this.dates.iso((article.updatedAt() != null && article.publishedAt() != null
				&& article.updatedAt().isAfter(article.publishedAt())) ? article.updatedAt() : article.publishedAt());
		Map<String, String> versions = new LinkedHashMap<>();
		translations.forEach((code, id) -> versions.put(code, base + SiteUrls.article(code, id)));
		versions.putIfAbsent(lang, page.canonicalUrl());
		SocialMeta social = new SocialMeta("article", title, description, page.canonicalUrl(), siteName, image,
				(page.cover() != null) ? page.cover().alt() : null, published, modified);
		String data = structuredData(article, page.canonicalUrl(), description, image, published, modified, siteName,
				base);
		return new PageMeta(page.canonicalUrl(), description, null, null,
				Alternate.of(versions, this.languages.defaultLanguage()), social, data, null, null);
	}

	/**
	 * The JSON-LD {@code NewsArticle}; the site is its author when no person is named.
	 */
	private String structuredData(Article article, String canonical, String description, String image, String published,
			String modified, String siteName, String base) {
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("@type", "Organization");
		organization.put("name", siteName);
		organization.put("url", base + "/" + article.language() + "/");
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "NewsArticle");
		data.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", canonical));
		data.put("url", canonical);
		data.put("headline", article.title());
		if (description != null) {
			data.put("description", description);
		}
		data.put("inLanguage", this.languages.tag(article.language()));
		data.put("datePublished", published);
		data.put("dateModified", modified);
		if (image != null) {
			data.put("image", List.of(image));
		}
		data.put("author", List.of(organization));
		data.put("publisher", organization);
		return this.jsonLd.script(data);
	}

	private List<Alternate> samePath(String base, String pathAfterLanguage) {
		Map<String, String> versions = new LinkedHashMap<>();
		for (String code : this.languages.all()) {
			versions.put(code, base + "/" + code + pathAfterLanguage);
		}
		return Alternate.of(versions, this.languages.defaultLanguage());
	}

	private static String listPath(String categoryQuery, int page) {
		if (page <= 1) {
			return "/news" + categoryQuery;
		}
		return "/news" + categoryQuery + (categoryQuery.isEmpty() ? "?" : "&") + "page=" + page;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
