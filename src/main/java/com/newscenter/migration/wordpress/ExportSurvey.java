package com.newscenter.migration.wordpress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first reading of an export: what the import needs to know before the first post,
 * since WordPress lists attachments and translations in any order.
 */
final class ExportSurvey implements WxrReader.Handler {

	private String site = "";

	private final Map<String, WxrCategory> categories = new LinkedHashMap<>();

	private final Set<String> usedCategories = new LinkedHashSet<>();

	private final Map<String, String> categoryLanguages = new HashMap<>();

	private final Map<Long, String> attachments = new HashMap<>();

	private final Map<String, List<Long>> translationGroups = new HashMap<>();

	private final Set<Long> posts = new HashSet<>();

	private final Map<String, Long> postPaths = new HashMap<>();

	@Override
	public void site(String url) {
		if (this.site.isEmpty()) {
			this.site = siteKey(url);
		}
	}

	@Override
	public void category(WxrCategory category) {
		if (!category.slug().isEmpty()) {
			this.categories.put(category.slug(), category);
		}
	}

	@Override
	public void item(WxrItem item) {
		if ("attachment".equals(item.type()) && item.attachmentUrl() != null) {
			this.attachments.put(item.id(), item.attachmentUrl());
		}
		if (!"post".equals(item.type())) {
			return;
		}
		this.posts.add(item.id());
		String path = WordPressLinks.path(item.link());
		if (path != null) {
			this.postPaths.putIfAbsent(path, item.id());
		}
		item.categories().forEach((slug, name) -> {
			this.usedCategories.add(slug);
			if (item.language() != null) {
				this.categoryLanguages.putIfAbsent(slug, item.language());
			}
			this.categories.putIfAbsent(slug, new WxrCategory(slug, "", name));
		});
		if (item.translationGroup() != null) {
			this.translationGroups.computeIfAbsent(item.translationGroup(), (group) -> new ArrayList<>())
				.add(item.id());
		}
	}

	/**
	 * Returns the site the export came from, as the key of what was imported from it: its
	 * address without a trailing slash, at most 300 characters.
	 * @return the site
	 */
	String site() {
		return this.site;
	}

	Map<String, WxrCategory> categories() {
		return this.categories;
	}

	/**
	 * Returns the categories the posts use, so the import does not create the empty ones
	 * every WordPress site has (such as "Uncategorized" when no post is in it).
	 * @return the slugs
	 */
	Set<String> usedCategories() {
		return this.usedCategories;
	}

	/**
	 * Returns the Polylang language of the first post in a category: Polylang keeps a
	 * category per language, and its name is in that language.
	 * @param slug the category
	 * @return the language slug, or {@code null}
	 */
	String categoryLanguage(String slug) {
		return this.categoryLanguages.get(slug);
	}

	int postCount() {
		return this.posts.size();
	}

	boolean isPost(long id) {
		return this.posts.contains(id);
	}

	/**
	 * Returns the post whose permalink had a path.
	 * @param path the path, as {@link WordPressLinks#path} makes it
	 * @return the post's id, or {@code null}
	 */
	Long postAt(String path) {
		return this.postPaths.get(path);
	}

	String attachmentUrl(long id) {
		return this.attachments.get(id);
	}

	List<Long> translationsOf(WxrItem item) {
		return (item.translationGroup() != null)
				? this.translationGroups.getOrDefault(item.translationGroup(), List.of()) : List.of();
	}

	private static String siteKey(String url) {
		String key = url.strip();
		while (key.endsWith("/")) {
			key = key.substring(0, key.length() - 1);
		}
		return (key.length() > 300) ? key.substring(0, 300) : key;
	}

}
