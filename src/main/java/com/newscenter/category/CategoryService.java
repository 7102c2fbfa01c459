package com.newscenter.category;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.newscenter.system.ContentReset;
import com.newscenter.site.Languages;
import com.newscenter.system.web.BadRequestException;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public face of the category feature: lists, looks up and creates categories.
 */
@Service
public class CategoryService {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private final CategoryRepository repository;

	private final Languages languages;

	/**
	 * The few categories a site has are read on every page; kept here, re-read now and
	 * then.
	 */
	private final LoadingCache<String, List<Category>> cache = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(10))
		.build((key) -> load());

	CategoryService(CategoryRepository repository, Languages languages) {
		this.repository = repository;
		this.languages = languages;
	}

	/**
	 * Returns all categories ordered by position.
	 * @return the categories
	 */
	public List<Category> findAll() {
		return this.cache.get("all");
	}

	public Optional<Category> findBySlug(String slug) {
		return findAll().stream().filter((c) -> c.slug().equals(slug)).findFirst();
	}

	public Optional<Category> findById(long id) {
		return findAll().stream().filter((c) -> c.id() == id).findFirst();
	}

	/**
	 * Creates a category.
	 * @param slug the URL name: lower-case letters, digits and single hyphens
	 * @param names the name per language; at least one, only the site's languages
	 * @param parentSlug the parent's slug, or {@code null}
	 * @return the new category
	 */
	@Transactional
	public Category create(String slug, Map<String, String> names, String parentSlug) {
		if (slug == null || slug.length() > 100 || !SLUG.matcher(slug).matches()) {
			throw new BadRequestException("slug", "slug must be lower-case letters, digits and single hyphens");
		}
		if (findBySlug(slug).isPresent()) {
			throw new BadRequestException("slug", "a category with slug '" + slug + "' already exists");
		}
		if (names == null || names.isEmpty()) {
			throw new BadRequestException("names", "names must give a name in at least one language");
		}
		names.forEach((language, name) -> {
			if (!this.languages.isSupported(language)) {
				throw new BadRequestException("names", "'" + language + "' is not a language of this site");
			}
			if (name == null || name.isBlank() || name.length() > 200) {
				throw new BadRequestException("names", "each name needs 1 to 200 characters");
			}
		});
		Long parentId = null;
		if (parentSlug != null) {
			parentId = findBySlug(parentSlug)
				.orElseThrow(() -> new BadRequestException("parent", "no category with slug '" + parentSlug + "'"))
				.id();
		}
		long id = this.repository.insert(slug, parentId, this.repository.maxPosition() + 1, names);
		this.cache.invalidateAll();
		return findById(id).orElseThrow();
	}

	@EventListener(ContentReset.class)
	void onContentReset() {
		this.cache.invalidateAll();
	}

	private List<Category> load() {
		return List.copyOf(this.repository.findAll());
	}

}
