package com.newscenter.news;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.newscenter.account.Actor;
import com.newscenter.audit.Audited;
import com.newscenter.category.Category;
import com.newscenter.category.CategoryService;
import com.newscenter.media.MediaService;
import com.newscenter.site.Languages;
import com.newscenter.system.web.BadRequestException;
import com.newscenter.system.web.ForbiddenException;
import com.newscenter.system.web.StorableTimes;
import com.newscenter.system.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes articles: checks the writer's permissions and the input, keeps a revision of
 * every save and reports every write to the audit log.
 */
@Service
public class ArticleEditor {

	private final ArticleRepository repository;

	private final RevisionRepository revisions;

	private final ArticleImageRepository images;

	private final CategoryService categories;

	private final MediaService media;

	private final Languages languages;

	private final BodySanitizer sanitizer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ArticleEditor(ArticleRepository repository, RevisionRepository revisions, ArticleImageRepository images,
			CategoryService categories, MediaService media, Languages languages, BodySanitizer sanitizer,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.revisions = revisions;
		this.images = images;
		this.categories = categories;
		this.media = media;
		this.languages = languages;
		this.sanitizer = sanitizer;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates an article written by the actor.
	 * @param input what the writer sent
	 * @param actor who writes
	 * @return the new article
	 */
	@Transactional
	public Article create(ArticleInput input, Actor actor) {
		return create(input, actor, actor.userId());
	}

	/**
	 * Creates an article on behalf of another writer, as an import does: editors and
	 * administrators only.
	 * @param input what the writer sent
	 * @param actor who creates it
	 * @param authorId the user named as its author, or {@code null} for none
	 * @return the new article
	 */
	@Transactional
	public Article create(ArticleInput input, Actor actor, Long authorId) {
		if (!Objects.equals(authorId, actor.userId()) && !actor.isEditor()) {
			throw new ForbiddenException("Only editors may name another author");
		}
		String language = input.language();
		if (language == null || !this.languages.isSupported(language)) {
			throw new BadRequestException("language", "language must be one of " + this.languages.all());
		}
		ArticleStatus status = (input.status() != null) ? input.status() : ArticleStatus.DRAFT;
		ArticlePermissions.checkCreate(actor, status);
		String title = ArticleFields.title(input.title());
		if (input.body() == null) {
			throw new BadRequestException("body", "body is required");
		}
		long group = (input.translationOf() != null) ? translationGroupFor(input.translationOf(), language, actor) : 0;
		Instant now = this.clock.instant();
		Article draft = new Article(0, language, title, slug(input.slug(), title),
				ArticleFields.summary(input.summary()), this.sanitizer.sanitize(input.body()),
				coverOf(input.coverImage()), status, StorableTimes.checked("publishAt", input.publishAt()), authorId, 0,
				group, categoryIds(input.categories()), now, now, ArticleFields.seoTitle(input.seoTitle()),
				ArticleFields.seoDescription(input.seoDescription()));
		long id = this.repository.insert(ArticleSchedule.apply(draft, now));
		return saved(id, actor, "article.create");
	}

	/**
	 * Changes an article; fields left {@code null} stay as they are. Language and
	 * translation group are fixed at creation.
	 * @param id the article
	 * @param input the changes
	 * @param actor who writes
	 * @return the changed article
	 */
	@Transactional
	public Article update(long id, ArticleInput input, Actor actor) {
		Article current = existing(id);
		if (input.language() != null && !input.language().equals(current.language())) {
			throw new BadRequestException("language", "the language of an article cannot change");
		}
		ArticleStatus status = (input.status() != null) ? input.status() : current.status();
		ArticlePermissions.checkUpdate(actor, current, status);
		String title = (input.title() != null) ? ArticleFields.title(input.title()) : current.title();
		Instant publishAt = (input.publishAt() != null) ? StorableTimes.checked("publishAt", input.publishAt())
				: current.publishedAt();
		Instant now = this.clock.instant();
		String slug = (input.slug() != null && !input.slug().isBlank()) ? slug(input.slug(), title)
				: (input.title() != null) ? Slugs.of(title) : current.slug();
		Article changed = new Article(id, current.language(), title, slug,
				(input.summary() != null) ? ArticleFields.summary(input.summary()) : current.summary(),
				(input.body() != null) ? this.sanitizer.sanitize(input.body()) : current.body(),
				(input.coverImage() != null) ? coverOf(input.coverImage()) : current.coverMediaId(), status, publishAt,
				current.authorId(), current.views(), current.translationGroup(),
				(input.categories() != null) ? categoryIds(input.categories()) : current.categoryIds(),
				current.createdAt(), now,
				(input.seoTitle() != null) ? ArticleFields.seoTitle(input.seoTitle()) : current.seoTitle(),
				(input.seoDescription() != null) ? ArticleFields.seoDescription(input.seoDescription())
						: current.seoDescription());
		this.repository.update(ArticleSchedule.apply(changed, now));
		return saved(id, actor, "article.update");
	}

	/**
	 * Makes an earlier revision's content current again, as a new revision; the status
	 * stays.
	 * @param id the article
	 * @param revision the revision to restore
	 * @param actor who restores it
	 * @return the article as restored
	 */
	@Transactional
	public Article restore(long id, int revision, Actor actor) {
		Article current = existing(id);
		ArticlePermissions.checkUpdate(actor, current, current.status());
		Revision old = this.revisions.find(id, revision)
			.orElseThrow(() -> new NotFoundException("error.revisionNotFound", revision, id));
		List<Long> categoryIds = old.categoryIds()
			.stream()
			.filter((c) -> this.categories.findById(c).isPresent())
			.toList();
		Long cover = (old.coverMediaId() != null && this.media.findById(old.coverMediaId()).isPresent())
				? old.coverMediaId() : null;
		Article restored = new Article(id, current.language(), old.title(), Slugs.of(old.title()), old.summary(),
				old.body(), cover, current.status(), current.publishedAt(), current.authorId(), current.views(),
				current.translationGroup(), categoryIds, current.createdAt(), this.clock.instant(), old.seoTitle(),
				old.seoDescription());
		this.repository.update(restored);
		return saved(id, actor, "article.restore");
	}

	@Transactional
	public void delete(long id, Actor actor) {
		Article current = existing(id);
		ArticlePermissions.checkDelete(actor, current);
		this.repository.delete(id);
		this.events.publishEvent(new ArticleChanged(id, true));
		this.events.publishEvent(new Audited(actor, "article.delete", "article:" + id, current.title()));
	}

	/**
	 * Lists an article's revisions, newest first, to editors and the article's author.
	 * @param id the article
	 * @param actor who reads
	 * @return its revisions
	 */
	public List<Revision> revisions(long id, Actor actor) {
		Article article = existing(id);
		if (!ArticlePermissions.mayReadHistory(actor, article)) {
			throw new NotFoundException("error.articleNotFound", id);
		}
		return this.revisions.findAll(id);
	}

	public Revision revision(long id, int revision) {
		return this.revisions.find(id, revision)
			.orElseThrow(() -> new NotFoundException("error.revisionNotFound", revision, id));
	}

	/**
	 * Publishes the scheduled articles whose time has come.
	 * @return how many were published
	 */
	@Transactional
	public int publishDue() {
		int published = 0;
		for (Long id : this.repository.dueIds(this.clock.instant())) {
			if (this.repository.markPublished(id)) {
				published++;
				this.events.publishEvent(new ArticleChanged(id, false));
				this.events.publishEvent(new Audited(Actor.SYSTEM, "article.publish", "article:" + id, "scheduled"));
			}
		}
		return published;
	}

	/**
	 * Takes an image away from every article that has it as cover, before it is deleted.
	 * @param mediaId the image
	 * @param actor who deletes the image
	 */
	@Transactional
	public void removeCover(long mediaId, Actor actor) {
		for (Long id : this.images.clearCover(mediaId)) {
			this.events.publishEvent(new ArticleChanged(id, false));
			this.events.publishEvent(new Audited(actor, "article.cover-removed", "article:" + id, "media:" + mediaId));
		}
	}

	private Article saved(long id, Actor actor, String action) {
		Article article = existing(id);
		int revision = this.revisions.save(article, actor.username(), this.clock.instant());
		this.events.publishEvent(new ArticleChanged(id, false));
		this.events.publishEvent(new Audited(actor, action, "article:" + id,
				"revision " + revision + ", " + article.status().code() + ": " + article.title()));
		return article;
	}

	private static String slug(String wanted, String title) {
		return (wanted != null && !wanted.isBlank()) ? Slugs.of(wanted) : Slugs.of(title);
	}

	private Article existing(long id) {
		return this.repository.findById(id).orElseThrow(() -> new NotFoundException("error.articleNotFound", id));
	}

	private long translationGroupFor(long originalId, String language, Actor actor) {
		Article original = this.repository.findById(originalId)
			.filter((article) -> ArticlePermissions.mayRead(actor, article))
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
		for (String slug : (slugs != null) ? slugs : List.<String>of()) {
			Category category = this.categories.findBySlug(slug)
				.orElseThrow(() -> new BadRequestException("categories", "no category with slug '" + slug + "'"));
			if (!ids.contains(category.id())) {
				ids.add(category.id());
			}
		}
		return ids;
	}

	private Long coverOf(Long mediaId) {
		if (mediaId == null || mediaId == ArticleInput.NO_COVER) {
			return null;
		}
		return this.media.findById(mediaId)
			.orElseThrow(() -> new BadRequestException("coverImage", "no image with id " + mediaId))
			.id();
	}

}
