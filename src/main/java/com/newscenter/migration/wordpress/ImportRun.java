package com.newscenter.migration.wordpress;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.newscenter.account.Actor;
import com.newscenter.media.Media;
import com.newscenter.media.MediaTooLargeException;
import com.newscenter.media.UnsupportedMediaException;
import com.newscenter.migration.wordpress.ImportReport.Note;
import com.newscenter.migration.wordpress.ImportReport.Post;
import com.newscenter.news.ArticleInput;
import com.newscenter.news.ArticleStatus;
import com.newscenter.system.Sha256;
import com.newscenter.system.web.BadRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.server.ResponseStatusException;

/**
 * One import of one export: the second reading, post by post, and what became of each.
 */
final class ImportRun implements WxrReader.Handler {

	private static final Logger logger = LoggerFactory.getLogger(ImportRun.class);

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final int MAX_TITLE = 300;

	private static final int MAX_SUMMARY = 1000;

	private static final int MAX_CATEGORY_NAME = 200;

	private final ImportSteps steps;

	private final ImportArchive archive;

	private final ExportSurvey survey;

	private final String fallbackLanguage;

	private final Actor actor;

	/** Our category slug for each WordPress category slug. */
	private final Map<String, String> categorySlugs = new HashMap<>();

	private final List<Post> imported = new ArrayList<>();

	private final List<Post> skipped = new ArrayList<>();

	private final List<Post> failed = new ArrayList<>();

	private int categoriesCreated;

	private int imagesStored;

	private int otherItems;

	ImportRun(ImportSteps steps, ImportArchive archive, ExportSurvey survey, String fallbackLanguage, Actor actor) {
		this.steps = steps;
		this.archive = archive;
		this.survey = survey;
		this.fallbackLanguage = fallbackLanguage;
		this.actor = actor;
	}

	/**
	 * Finds or creates the categories the posts use, parents first; a category with the
	 * slug of an existing one is that one.
	 */
	void createCategories() {
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
			this.categoriesCreated++;
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

	@Override
	public void site(String url) {
		// the survey has it
	}

	@Override
	public void category(WxrCategory category) {
		// created before the posts
	}

	@Override
	public void item(WxrItem item) {
		if ("post".equals(item.type())) {
			post(item);
		}
		else if ("page".equals(item.type()) && !"trash".equals(item.status()) && !"auto-draft".equals(item.status())) {
			this.skipped.add(new Post(item.id(), item.title(), null, "page", List.of()));
		}
		else {
			this.otherItems++;
		}
	}

	private void post(WxrItem item) {
		ArticleStatus status = status(item.status());
		if (status == null) {
			this.skipped.add(new Post(item.id(), item.title(), null, skipReason(item.status()), List.of()));
			return;
		}
		String site = this.survey.site();
		Optional<Long> before = this.steps.importedArticle(site, item.id());
		if (before.isPresent()) {
			this.skipped.add(new Post(item.id(), item.title(), before.get(), "already", List.of()));
			return;
		}
		List<Note> notes = new ArrayList<>();
		ArticleStatus state = status;
		if ("private".equals(item.status())) {
			notes.add(new Note("private", ""));
		}
		else if (status == ArticleStatus.SCHEDULED && item.date() == null) {
			notes.add(new Note("scheduledWithoutDate", ""));
			state = ArticleStatus.DRAFT;
		}
		String title = title(item, notes);
		ArticleStatus wanted = state;
		int[] stored = new int[1];
		try {
			long id = this.steps.inTransaction(() -> article(site, item, title, wanted, notes, stored));
			this.imagesStored += stored[0];
			this.imported.add(new Post(item.id(), title, id, null, List.copyOf(notes)));
		}
		catch (RuntimeException ex) {
			this.failed.add(new Post(item.id(), title, null, reason(item, ex), List.copyOf(notes)));
		}
	}

	private long article(String site, WxrItem item, String title, ArticleStatus status, List<Note> notes,
			int[] stored) {
		String language = language(item, notes);
		Set<String> dropped = new TreeSet<>();
		String body = WordPressBody.html(item.content(), dropped);
		dropped.forEach((name) -> notes.add(new Note("shortcode", "[" + name + "]")));
		Map<String, String> urls = new HashMap<>();
		for (String path : WordPressBody.imagePaths(body)) {
			image(site, path, notes, stored).ifPresent((media) -> urls.put(path, media.url()));
		}
		body = WordPressBody.relinked(body, urls::get);
		Long cover = null;
		if (item.thumbnailId() != null) {
			String path = WordPressBody.uploadPath(this.survey.attachmentUrl(item.thumbnailId()));
			if (path == null) {
				notes.add(new Note("coverMissing", String.valueOf(item.thumbnailId())));
			}
			else {
				cover = image(site, path, notes, stored).map(Media::id).orElse(null);
			}
		}
		List<String> categories = item.categories()
			.keySet()
			.stream()
			.map(this.categorySlugs::get)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		ArticleInput input = new ArticleInput(language, title, body, summary(item.excerpt()), categories, status,
				item.date(), translationOf(site, item, language, notes), cover, null, null, slug(item.name()));
		return this.steps.createArticle(site, item, input, this.actor).id();
	}

	private Optional<Media> image(String site, String path, List<Note> notes, int[] stored) {
		List<String> candidates = WordPressBody.candidates(path);
		for (String candidate : candidates) {
			Optional<Media> before = this.steps.importedImage(site, candidate);
			if (before.isPresent()) {
				return before;
			}
		}
		if (!this.archive.hasUploads()) {
			notes.add(new Note("imageLinked", path));
			return Optional.empty();
		}
		for (String candidate : candidates) {
			byte[] bytes = this.archive.upload(candidate, this.steps.maxImageBytes());
			if (bytes == null) {
				continue;
			}
			try {
				Media media = this.steps.storeImage(site, candidate, bytes, this.actor);
				stored[0]++;
				return Optional.of(media);
			}
			catch (MediaTooLargeException | UnsupportedMediaException | BadRequestException ex) {
				notes.add(new Note("imageRefused", candidate + ": " + ex.getMessage()));
				return Optional.empty();
			}
		}
		notes.add(new Note("imageMissing", path));
		return Optional.empty();
	}

	private String language(WxrItem item, List<Note> notes) {
		if (item.language() == null) {
			return this.fallbackLanguage;
		}
		Optional<String> language = this.steps.language(item.language());
		if (language.isEmpty()) {
			notes.add(new Note("language", item.language()));
		}
		return language.orElse(this.fallbackLanguage);
	}

	private Long translationOf(String site, WxrItem item, String language, List<Note> notes) {
		for (long other : this.survey.translationsOf(item)) {
			if (other == item.id()) {
				continue;
			}
			Optional<Long> article = this.steps.importedArticle(site, other);
			if (article.isPresent()) {
				Map<String, Long> group = this.steps.translations(article.get());
				if (group.containsKey(language)) {
					notes.add(new Note("translationTaken", language));
					return null;
				}
				return article.get();
			}
		}
		return null;
	}

	private static String title(WxrItem item, List<Note> notes) {
		String title = item.title();
		if (title.isBlank()) {
			notes.add(new Note("untitled", ""));
			title = item.name().isBlank() ? "WordPress " + item.id() : item.name();
		}
		return (title.length() > MAX_TITLE) ? title.substring(0, MAX_TITLE) : title;
	}

	private static String summary(String excerpt) {
		String text = TAG.matcher(excerpt).replaceAll(" ").replaceAll("\\s+", " ").strip();
		return (text.length() > MAX_SUMMARY) ? text.substring(0, MAX_SUMMARY) : text;
	}

	/**
	 * A post's own URL name when it has Latin letters or digits; else one from the title.
	 */
	private static String slug(String name) {
		return name.matches(".*[A-Za-z0-9].*") ? name : null;
	}

	private static ArticleStatus status(String status) {
		return switch (status) {
			case "publish" -> ArticleStatus.PUBLISHED;
			case "future" -> ArticleStatus.SCHEDULED;
			case "pending" -> ArticleStatus.REVIEW;
			case "draft", "private" -> ArticleStatus.DRAFT;
			default -> null;
		};
	}

	private static String skipReason(String status) {
		return switch (status) {
			case "trash" -> "trash";
			case "auto-draft" -> "autoDraft";
			default -> "status";
		};
	}

	private static String reason(WxrItem item, RuntimeException ex) {
		if (ex instanceof BadRequestException || ex instanceof ResponseStatusException) {
			return ex.getMessage();
		}
		logger.warn("Could not import WordPress post {} '{}'", item.id(), item.title(), ex);
		return "It could not be stored (" + ex.getClass().getSimpleName() + "); the log has the details";
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

	ImportReport report() {
		return new ImportReport(this.survey.site(), this.categoriesCreated, this.imagesStored,
				List.copyOf(this.imported), List.copyOf(this.skipped), List.copyOf(this.failed), this.otherItems);
	}

}
