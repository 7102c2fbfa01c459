package com.newscenter.migration.wordpress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;

import com.newscenter.account.Actor;
import com.newscenter.media.Media;
import com.newscenter.media.MediaTooLargeException;
import com.newscenter.media.UnsupportedMediaException;
import com.newscenter.migration.wordpress.ImportReport.Note;
import com.newscenter.migration.wordpress.ImportReport.Post;
import com.newscenter.news.ArticleInput;
import com.newscenter.news.ArticleStatus;
import com.newscenter.system.web.BadRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.server.ResponseStatusException;

/**
 * One import of one export: the second reading, post by post, and what became of each.
 */
final class ImportRun implements WxrReader.Handler {

	private static final Logger logger = LoggerFactory.getLogger(ImportRun.class);

	private static final int MAX_TITLE = 300;

	private static final int MAX_SUMMARY = 1000;

	private final ImportSteps steps;

	private final ImportArchive archive;

	private final ExportSurvey survey;

	private final String fallbackLanguage;

	private final Actor actor;

	private final ImportCategories categories;

	private final PostLinks postLinks;

	private final List<Post> imported = new ArrayList<>();

	private final List<Post> skipped = new ArrayList<>();

	private final List<Post> failed = new ArrayList<>();

	private final IntConsumer progress;

	private int postsDone;

	private int imagesStored;

	private int otherItems;

	ImportRun(ImportSteps steps, ImportArchive archive, ExportSurvey survey, String fallbackLanguage, Actor actor,
			IntConsumer progress) {
		this.progress = progress;
		this.steps = steps;
		this.archive = archive;
		this.survey = survey;
		this.fallbackLanguage = fallbackLanguage;
		this.actor = actor;
		this.categories = new ImportCategories(steps, survey, fallbackLanguage, actor);
		this.postLinks = new PostLinks(survey, (postId) -> steps.importedArticleUrl(survey.site(), postId));
	}

	/**
	 * Finds or creates the categories the posts use, before the first post.
	 */
	void createCategories() {
		this.categories.createUsed();
	}

	@Override
	public void item(WxrItem item) {
		if (Thread.currentThread().isInterrupted()) {
			throw new ImportInterruptedException();
		}
		if ("post".equals(item.type())) {
			post(item);
			this.progress.accept(++this.postsDone);
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
		body = this.postLinks.relinked(WordPressBody.relinked(body, urls::get));
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
		List<String> categories = this.categories.slugsOf(item);
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
		String text = WordPressText.plain(excerpt);
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

	ImportReport report() {
		return new ImportReport(this.survey.site(), this.categories.created(), this.imagesStored,
				List.copyOf(this.imported), List.copyOf(this.skipped), List.copyOf(this.failed), this.otherItems);
	}

}
