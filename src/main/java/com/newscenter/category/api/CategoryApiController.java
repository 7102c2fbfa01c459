package com.newscenter.category.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.newscenter.account.Actor;
import com.newscenter.account.StaffPrincipal;
import com.newscenter.category.Category;
import com.newscenter.category.CategoryService;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Categories in the JSON API.
 */
@RestController
@RequestMapping("/api/v1/categories")
class CategoryApiController {

	private final CategoryService categories;

	CategoryApiController(CategoryService categories) {
		this.categories = categories;
	}

	@GetMapping
	List<CategoryJson> list() {
		return this.categories.findAll().stream().map(this::json).toList();
	}

	@PostMapping
	ResponseEntity<CategoryJson> create(@RequestBody CategoryInput input,
			@AuthenticationPrincipal StaffPrincipal principal) {
		Category category = this.categories.create(input.slug(), input.names(), input.parent(), Actor.of(principal));
		return ResponseEntity.created(URI.create("/api/v1/categories/" + category.slug())).body(json(category));
	}

	private CategoryJson json(Category category) {
		String parent = (category.parentId() != null)
				? this.categories.findById(category.parentId()).map(Category::slug).orElse(null) : null;
		return new CategoryJson(category.id(), category.slug(), category.names(), parent, category.position());
	}

	/**
	 * A category as the API shows it.
	 *
	 * @param id the key
	 * @param slug the URL name
	 * @param names the name per language
	 * @param parent the parent's slug, or {@code null}
	 * @param position the place among its siblings
	 */
	record CategoryJson(long id, String slug, Map<String, String> names, String parent, int position) {
	}

	/**
	 * A new category as sent.
	 *
	 * @param slug the URL name
	 * @param names the name per language
	 * @param parent the parent's slug, or {@code null}
	 */
	record CategoryInput(String slug, Map<String, String> names, String parent) {
	}

}
