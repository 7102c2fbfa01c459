package com.newscenter.news;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.newscenter.system.ContentReset;
import com.newscenter.category.Category;
import com.newscenter.category.CategoryService;
import com.newscenter.media.MediaService;
import com.newscenter.site.Languages;
import com.newscenter.system.web.BadRequestException;
import com.newscenter.system.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The rules of articles: what is public, in which order, and how articles are written,
 * published and linked to their translations.
 */
@Service
public class ArticleService {

	private final ArticleRepository repository;

	private final CategoryService categories;

	private final MediaService media;

	private final Languages languages;

	private final BodySanitizer sanitizer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * Counts of long lists cost a scan; they are kept briefly and dropped on every
	 * change.
	 */
	private final Cache<String, Long> counts = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(5))
		.maximumSize(1_000)
		.build();

	/**
	 * Articles as the article page reads them; dropped on every change, re-read after a
	 * while.
	 */
	private final Cache<Long, Optional<Article>> articles = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(5))
		.maximumSize(10_000)
		.build();

	ArticleService(ArticleRepository repository, CategoryService categories, MediaService media, Languages languages,
			BodySanitizer sanitizer, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.categories = categories;
		this.media = media;
		this.languages = languages;
		this.sanitizer = sanitizer;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Returns an article whatever its status; callers decide who may see it.
	 * @param id the article
	 * @return the article, if it exists
	 */
	public Optional<Article> find(long id) {
		return this.articles.get(id, this.repository::findById);
	}

	/**
	 * Returns a published article, or fails with {@link NotFoundException}.
	 * @param id the article
	 * @return the article
	 */
	public Article findPublished(long id) {
		return find(id).filter(Article::isPublished)
			.orElseThrow(() -> new NotFoundException("error.articleNotFound", id));
	}

	/**
	 * Returns one page of the published articles of a language, newest first.
	 * @param language the language code
	 * @param category a category to filter by, or {@code null}
	 * @param page the page number, from 1
	 * @param size the page size
	 * @return the page
	 */
	public PageResult<ArticleSummary> published(String language, Category category, int page, int size) {
		Long categoryId = (category != null) ? category.id() : null;
		long total = this.counts.get(language + "|" + categoryId,
				(key) -> this.repository.countPublished(language, categoryId));
		long offset = (long) (page - 1) * size;
		if (offset >= total) {
			return new PageResult<>(List.of(), page, size, total);
		}
		List<Long> ids = this.repository.publishedIds(language, categoryId, (int) offset, size);
		return new PageResult<>(this.repository.summaries(ids), page, size, total);
	}

	public Optional<ArticleSummary> newer(Article article) {
		return this.repository.newerId(article).flatMap(this::summary);
	}

	public Optional<ArticleSummary> older(Article article) {
		return this.repository.olderId(article).flatMap(this::summary);
	}

	public List<ArticleSummary> related(Article article, int limit) {
		List<Long> ids = this.repository.relatedIds(article, limit);
		return this.repository.summaries(ids.subList(0, Math.min(limit, ids.size())));
	}

	/**
	 * Returns the language code to id of every translation of an article, itself
	 * included.
	 * @param article the article
	 * @param publishedOnly whether to leave out unpublished translations
	 * @return the translations
	 */
	public Map<String, Long> translations(Article article, boolean publishedOnly) {
		return translations(article.translationGroup(), publishedOnly);
	}

	public Map<String, Long> translations(long translationGroup, boolean publishedOnly) {
		return this.repository.translationGroup(translationGroup, publishedOnly);
	}

	public Map<ArticleStatus, Long> countByStatus() {
		return this.repository.countByStatus();
	}

	/**
	 * Returns the articles last changed with a status, most recently changed first.
	 * @param status the status
	 * @param limit how many at most
	 * @return the articles
	 */
	public List<ArticleSummary> withStatus(ArticleStatus status, int limit) {
		return this.repository.summaries(this.repository.idsWithStatus(status, limit));
	}

	public boolean hasAny() {
		return this.repository.count() > 0;
	}

	public List<ArticleSummary> summaries(List<Long> ids) {
		return this.repository.summaries(ids);
	}

	/**
	 * Returns the articles, whatever their status, that show an image as their cover or
	 * in their text, so the media library can tell where it is used.
	 * @param mediaId the image
	 * @param fileStem the part every file name of the image shares
	 * @return the articles, most recently changed first
	 */
	public List<ArticleSummary> usingImage(long mediaId, String fileStem) {
		return this.repository.summaries(this.repository.idsUsingImage(mediaId, fileStem));
	}

	/**
	 * Takes an image away from every article that has it as cover, before it is deleted.
	 * @param mediaId the image
	 */
	@Transactional
	public void removeCover(long mediaId) {
		for (Long id : this.repository.clearCover(mediaId)) {
			this.events.publishEvent(new ArticleChanged(id, false));
		}
	}

	private Optional<ArticleSummary> summary(long id) {
		return this.repository.summaries(List.of(id)).stream().findFirst();
	}

	/**
	 * Creates an article.
	 * @param input what the writer sent
	 * @param authorId the writing user, or {@code null}
	 * @return the new article
	 */
	@Transactional
	public Article create(ArticleInput input, Long authorId) {
		String language = input.language();
		if (language == null || !this.languages.isSupported(language)) {
			throw new BadRequestException("language", "language must be one of " + this.languages.all());
		}
		String title = requireTitle(input.title());
		if (input.body() == null) {
			throw new BadRequestException("body", "body is required");
		}
		long group = 0;
		if (input.translationOf() != null) {
			group = translationGroupFor(input.translationOf(), language);
		}
		Instant now = this.clock.instant();
		ArticleStatus status = (input.status() != null) ? input.status() : ArticleStatus.DRAFT;
		Instant publishAt = input.publishAt();
		Article draft = new Article(0, language, title, Slugs.of(title), summaryOf(input.summary()),
				this.sanitizer.sanitize(input.body()), coverOf(input.coverImage()), status, publishAt, authorId, 0,
				group, categoryIds(input.categories()), now, now);
		long id = this.repository.insert(timed(draft, status, publishAt, now));
		this.events.publishEvent(new ArticleChanged(id, false));
		return this.repository.findById(id).orElseThrow();
	}

	/**
	 * Changes an article; fields left {@code null} stay as they are. Language and
	 * translation group are fixed at creation.
	 * @param id the article
	 * @param input the changes
	 * @return the changed article
	 */
	@Transactional
	public Article update(long id, ArticleInput input) {
		Article current = this.repository.findById(id)
			.orElseThrow(() -> new NotFoundException("error.articleNotFound", id));
		if (input.language() != null && !input.language().equals(current.language())) {
			throw new BadRequestException("language", "the language of an article cannot change");
		}
		String title = (input.title() != null) ? requireTitle(input.title()) : current.title();
		String body = (input.body() != null) ? this.sanitizer.sanitize(input.body()) : current.body();
		String summary = (input.summary() != null) ? summaryOf(input.summary()) : current.summary();
		Long cover = (input.coverImage() != null) ? coverOf(input.coverImage()) : current.coverMediaId();
		List<Long> categoryIds = (input.categories() != null) ? categoryIds(input.categories()) : current.categoryIds();
		ArticleStatus status = (input.status() != null) ? input.status() : current.status();
		Instant publishAt = (input.publishAt() != null) ? input.publishAt() : current.publishedAt();
		if (status == ArticleStatus.PUBLISHED && current.isPublished() && input.publishAt() == null) {
			publishAt = current.publishedAt();
		}
		Instant now = this.clock.instant();
		Article changed = new Article(id, current.language(), title, Slugs.of(title), summary, body, cover, status,
				publishAt, current.authorId(), current.views(), current.translationGroup(), categoryIds,
				current.createdAt(), now);
		this.repository.update(timed(changed, status, publishAt, now));
		this.events.publishEvent(new ArticleChanged(id, false));
		return this.repository.findById(id).orElseThrow();
	}

	@Transactional
	public void delete(long id) {
		if (!this.repository.delete(id)) {
			throw new NotFoundException("error.articleNotFound", id);
		}
		this.events.publishEvent(new ArticleChanged(id, true));
	}

	/**
	 * Publishes the scheduled articles whose time has come.
	 * @return how many were published
	 */
	@Transactional
	public int publishDue() {
		List<Long> due = this.repository.dueIds(this.clock.instant());
		for (Long id : due) {
			this.repository.markPublished(id);
			this.events.publishEvent(new ArticleChanged(id, false));
		}
		return due.size();
	}

	@EventListener(ContentReset.class)
	void onContentReset() {
		this.articles.invalidateAll();
		this.counts.invalidateAll();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onArticleChanged(ArticleChanged event) {
		this.articles.invalidate(event.articleId());
		this.counts.invalidateAll();
	}

	/**
	 * Sets the time of issue and turns publishing in the future into scheduling and back.
	 */
	private Article timed(Article article, ArticleStatus status, Instant publishAt, Instant now) {
		ArticleStatus effective = status;
		Instant at = publishAt;
		if (status == ArticleStatus.PUBLISHED && at == null) {
			at = now;
		}
		if (status == ArticleStatus.PUBLISHED && at.isAfter(now)) {
			effective = ArticleStatus.SCHEDULED;
		}
		if (status == ArticleStatus.SCHEDULED) {
			if (at == null) {
				throw new BadRequestException("publishAt", "a scheduled article needs publishAt");
			}
			if (!at.isAfter(now)) {
				effective = ArticleStatus.PUBLISHED;
			}
		}
		return new Article(article.id(), article.language(), article.title(), article.slug(), article.summary(),
				article.body(), article.coverMediaId(), effective, at, article.authorId(), article.views(),
				article.translationGroup(), article.categoryIds(), article.createdAt(), article.updatedAt());
	}

	private long translationGroupFor(long originalId, String language) {
		Article original = this.repository.findById(originalId)
			.orElseThrow(() -> new BadRequestException("translationOf", "article " + originalId + " does not exist"));
		if (original.language().equals(language)) {
			throw new BadRequestException("translationOf",
					"article " + originalId + " is already in " + language + "; a translation needs another language");
		}
		if (this.repository.translationGroup(original.translationGroup(), false).containsKey(language)) {
			throw new BadRequestException("translationOf",
					"article " + originalId + " already has a translation in " + language);
		}
		return original.translationGroup();
	}

	private List<Long> categoryIds(List<String> slugs) {
		List<Long> ids = new ArrayList<>();
		if (slugs == null) {
			return ids;
		}
		for (String slug : slugs) {
			Category category = this.categories.findBySlug(slug)
				.orElseThrow(() -> new BadRequestException("categories", "no category with slug '" + slug + "'"));
			if (!ids.contains(category.id())) {
				ids.add(category.id());
			}
		}
		return ids;
	}

	private Long coverOf(Long mediaId) {
		if (mediaId == null) {
			return null;
		}
		return this.media.findById(mediaId)
			.orElseThrow(() -> new BadRequestException("coverImage", "no image with id " + mediaId))
			.id();
	}

	private static String requireTitle(String title) {
		if (title == null || title.isBlank()) {
			throw new BadRequestException("title", "title is required");
		}
		if (title.length() > 300) {
			throw new BadRequestException("title", "title must be at most 300 characters");
		}
		return title.strip();
	}

	private static String summaryOf(String summary) {
		if (summary != null && summary.length() > 1000) {
			throw new BadRequestException("summary", "summary must be at most 1000 characters");
		}
		return (summary != null) ? summary.strip() : "";
	}

}
