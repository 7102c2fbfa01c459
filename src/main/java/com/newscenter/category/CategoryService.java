package com.newscenter.category;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.newscenter.account.Actor;
import com.newscenter.audit.Audited;
import com.newscenter.news.CategoryArticles;
import com.newscenter.system.Caches;
import com.newscenter.system.ContentChangedElsewhere;
import com.newscenter.system.ContentReset;
import com.newscenter.system.web.BadRequestException;
import com.newscenter.system.web.ForbiddenException;
import com.newscenter.system.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public face of the category feature: lists categories in tree order and lets
 * editors create, rename, nest, reorder and delete them, each write audited.
 */
@Service
public class CategoryService {

	/** How many levels categories may nest: a top category, a child and a grandchild. */
	public static final int MAX_LEVELS = 3;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private final CategoryRepository repository;

	private final CategoryNames names;

	private final CategoryArticles articles;

	private final ApplicationEventPublisher events;

	/**
	 * The few categories a site has are read on every page; kept here, re-read now and
	 * then.
	 */
	private final LoadingCache<String, List<Category>> cache = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(10))
		.build((key) -> load());

	CategoryService(CategoryRepository repository, CategoryNames names, CategoryArticles articles,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.names = names;
		this.articles = articles;
		this.events = events;
	}

	/**
	 * Returns all categories in tree order: each parent followed by its children,
	 * siblings by position.
	 * @return the categories
	 */
	public List<Category> findAll() {
		return this.cache.get("all");
	}

	public CategoryTree tree() {
		return new CategoryTree(findAll());
	}

	public Optional<Category> findBySlug(String slug) {
		return findAll().stream().filter((c) -> c.slug().equals(slug)).findFirst();
	}

	public Optional<Category> findById(long id) {
		return findAll().stream().filter((c) -> c.id() == id).findFirst();
	}

	/**
	 * Returns how many articles are filed under a category.
	 * @param id the category
	 * @return the number of articles in every language and status
	 */
	public long articleCount(long id) {
		return this.articles.count(id);
	}

	/**
	 * Fails unless the actor may change categories: editors and administrators may.
	 * @param actor who asks
	 * @throws ForbiddenException when they may not
	 */
	public void checkCanEdit(Actor actor) {
		if (actor == null || !actor.isEditor()) {
			throw new ForbiddenException("Only editors and administrators may change categories");
		}
	}

	/**
	 * Creates a category at the end of its siblings.
	 * @param slug the URL name: lower-case letters, digits and single hyphens
	 * @param names the name per language; at least one, only the site's languages
	 * @param parentSlug the parent's slug, or {@code null}
	 * @param actor who creates it
	 * @return the new category
	 */
	@Transactional
	public Category create(String slug, Map<String, String> names, String parentSlug, Actor actor) {
		checkCanEdit(actor);
		if (slug == null || slug.length() > 100 || !SLUG.matcher(slug).matches()) {
			throw new BadRequestException("slug", "slug must be lower-case letters, digits and single hyphens");
		}
		if (findBySlug(slug).isPresent()) {
			throw new BadRequestException("slug", "a category with slug '" + slug + "' already exists");
		}
		Map<String, String> checked = this.names.check(names);
		Long parentId = null;
		if (parentSlug != null && !parentSlug.isEmpty()) {
			parentId = findBySlug(parentSlug)
				.orElseThrow(() -> new BadRequestException("parent", "no category with slug '" + parentSlug + "'"))
				.id();
			tree().checkNesting(null, parentId, MAX_LEVELS);
		}
		long id = this.repository.insert(slug, parentId, this.repository.maxPosition(parentId) + 1, checked);
		changed(actor, "category.create", id, slug + " " + checked);
		return findById(id).orElseThrow();
	}

	/**
	 * Replaces the names of a category; languages left out lose their name.
	 * @param id the category
	 * @param names the name per language
	 * @param actor who renames it
	 * @return the renamed category
	 */
	@Transactional
	public Category rename(long id, Map<String, String> names, Actor actor) {
		checkCanEdit(actor);
		Category category = existing(id);
		Map<String, String> checked = this.names.check(names);
		this.repository.replaceNames(id, checked);
		changed(actor, "category.rename", id, category.slug() + " " + checked);
		return findById(id).orElseThrow();
	}

	/**
	 * Moves a category under another one, or to the top, as the last of its new siblings.
	 * @param id the category
	 * @param parentId the new parent, or {@code null} for the top level
	 * @param actor who moves it
	 * @return the moved category
	 */
	@Transactional
	public Category setParent(long id, Long parentId, Actor actor) {
		checkCanEdit(actor);
		Category category = existing(id);
		CategoryTree tree = tree();
		if (Objects.equals(tree.parentOf(id), parentId)) {
			return category;
		}
		if (parentId != null) {
			tree.checkNesting(id, parentId, MAX_LEVELS);
		}
		this.repository.updateParent(id, parentId, this.repository.maxPosition(parentId) + 1);
		String under = (parentId != null) ? tree.get(parentId).slug() : "top level";
		changed(actor, "category.parent", id, category.slug() + " under " + under);
		return findById(id).orElseThrow();
	}

	/**
	 * Swaps a category with its previous or next sibling.
	 * @param id the category
	 * @param up towards the start when {@code true}, towards the end otherwise
	 * @param actor who reorders
	 */
	@Transactional
	public void move(long id, boolean up, Actor actor) {
		checkCanEdit(actor);
		Category category = existing(id);
		List<Category> siblings = tree().swapped(id, up);
		for (int i = 0; i < siblings.size(); i++) {
			this.repository.updatePosition(siblings.get(i).id(), i + 1);
		}
		if (!siblings.isEmpty()) {
			changed(actor, "category.reorder", id, category.slug() + (up ? " up" : " down"));
		}
	}

	/**
	 * Deletes a category without subcategories; its articles, if any, first move to the
	 * target category.
	 * @param id the category
	 * @param targetId the category that takes its articles, or {@code null} when it has
	 * none
	 * @param actor who deletes it
	 */
	@Transactional
	public void delete(long id, Long targetId, Actor actor) {
		checkCanEdit(actor);
		Category category = existing(id);
		if (!tree().children(id).isEmpty()) {
			throw new BadRequestException("category", "move or delete its subcategories first");
		}
		long count = this.articles.count(id);
		String detail = category.slug();
		if (count > 0) {
			if (targetId == null) {
				throw new BadRequestException("target",
						"the category holds " + count + " articles; choose a category to move them to");
			}
			Category target = findById(targetId).filter((t) -> t.id() != id)
				.orElseThrow(() -> new BadRequestException("target", "choose another existing category"));
			this.articles.moveAll(id, target.id());
			detail += ", " + count + " articles moved to " + target.slug();
		}
		this.repository.delete(id);
		changed(actor, "category.delete", id, detail);
	}

	@EventListener({ ContentReset.class, ContentChangedElsewhere.class })
	void onStoredContentChanged() {
		this.cache.invalidateAll();
	}

	private Category existing(long id) {
		return findById(id).orElseThrow(() -> new NotFoundException("error.categoryNotFound", String.valueOf(id)));
	}

	private void changed(Actor actor, String action, long id, String detail) {
		Caches.invalidateNowAndAfterCommit(this.cache);
		this.events.publishEvent(new Audited(actor, action, "category:" + id, detail));
	}

	private List<Category> load() {
		return new CategoryTree(this.repository.findAll()).ordered();
	}

}
