package com.newscenter.migration;

import java.util.List;
import java.util.Map;

import com.newscenter.site.SiteSettings;

/**
 * The shape of {@code demo/content.json}.
 *
 * @param settings the site settings
 * @param categories the categories
 * @param banners the carousel banners
 * @param articles the articles, each in one or both languages
 */
record DemoContent(SiteSettings settings, List<DemoCategory> categories, List<DemoBanner> banners,
		List<DemoArticle> articles) {

	record DemoCategory(String slug, int position, Map<String, String> names) {
	}

	record DemoBanner(String language, String title, String link, List<String> colors) {
	}

	record DemoArticle(String key, List<String> categories, int hoursAgo, DemoText en, DemoText zh) {
	}

	record DemoText(String title, String summary, String body) {
	}

}
