package com.newscenter.migration.wordpress;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import com.newscenter.account.Actor;
import com.newscenter.system.Sha256;
import com.newscenter.system.web.BadRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The categories of one import: which of the site's categories each WordPress category
 * became, created before the first post with their parents, within the nesting the site
 * allows.
 */
final class ImportCategories {

	private static final Logger logger = LoggerFactory.getLogger(ImportCategories.class);

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private static final int MAX_CATEGORY_NAME = 200;

	private final ImportSteps steps;

	private final ExportSurvey survey;

	private final String fallbackLanguage;

	private final Actor actor;

	/** The site's slug for each WordPress category slug; {@code null} for none. */
	private final Map<String, String> categorySlugs = new HashMap<>();

	private int created;

	ImportCategories(ImportSteps steps, ExportSurvey survey, String fallbackLanguage, Actor actor) {
		this.steps = steps;
		this.survey = survey;
		this.fallbackLanguage = fallbackLanguage;
		this.actor = actor;
	}

	/**
	 * Finds or creates the categories the posts use, parents first; a category with the
	 * slug of an existing one is that one.
	 */
	void createUsed() {
		for (String slug : this.survey.usedCategories()) {
			category(slug, new LinkedHashSet<>());
		}
	}

	private String category(String wordPressSlug, Set<String> path) {
		if (this.categorySlugs.containsKey(wordPressSlug)) {
			return this.categorySlugs.get(wordPressSlug);
		}
		WxrCategory category = this.survey.categories().get(wordPressSlug);
		String parent = null;
		if (path.add(wordPressSlug) && !category.parent().isEmpty()
				&& this.survey.categories().containsKey(category.parent()) && !path.contains(category.parent())) {
			parent = category(category.parent(), path);
		}
		String slug = ourSlug(wordPressSlug);
		if (this.steps.category(slug).isEmpty()) {
			String name = category.name().isBlank() ? wordPressSlug : category.name();
			String polylang = this.survey.categoryLanguage(wordPressSlug);
			String language = (polylang != null) ? this.steps.language(polylang).orElse(this.fallbackLanguage)
					: this.fallbackLanguage;
			Map<String, String> names = Map.of(language,
					(name.length() > MAX_CATEGORY_NAME) ? name.substring(0, MAX_CATEGORY_NAME) : name);
			if (!create(slug, names, parent) && (parent == null || !create(slug, names, null))) {
				// a category the site cannot hold: its posts are imported without it
				this.categorySlugs.put(wordPressSlug, null);
				return null;
			}
			this.created++;
		}
		this.categorySlugs.put(wordPressSlug, slug);
		return slug;
	}

	/**
	 * Creates a category, or tells why not: nested deeper than the site allows, it is
	 * tried again at the top level.
	 */
	private boolean create(String slug, Map<String, String> names, String parentSlug) {
		try {
			this.steps.createCategory(slug, names, parentSlug, this.actor);
			return true;
		}
		catch (BadRequestException ex) {
			logger.info("WordPress category {} {}: {}", slug, (parentSlug != null) ? "under " + parentSlug : "",
					ex.getMessage());
			return false;
		}
	}

	/**
	 * Returns the site's slugs of a post's categories.
	 * @param post the post
	 * @return the slugs, without the categories the site could not hold
	 */
	List<String> slugsOf(WxrItem post) {
		return post.categories()
			.keySet()
			.stream()
			.map(this.categorySlugs::get)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
	}

	int created() {
		return this.created;
	}

	/**
	 * Returns the site's slug for a WordPress category slug: itself when it fits the
	 * site's rule, else its Latin letters and digits, else (for a Chinese slug) one made
	 * from its hash, the same on every import.
	 */
	static String ourSlug(String wordPressSlug) {
		String lower = wordPressSlug.toLowerCase(Locale.ROOT);
		if (SLUG.matcher(lower).matches() && lower.length() <= 100) {
			return lower;
		}
		String ascii = Normalizer.normalize(lower, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+)|(-+$)", "");
		if (!ascii.isEmpty() && ascii.length() <= 90) {
			return ascii;
		}
		return "wp-" + Sha256.hex(wordPressSlug).substring(0, 10);
	}

}
