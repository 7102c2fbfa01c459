package com.newscenter.category.admin;

import java.util.ArrayList;
import java.util.List;

import com.newscenter.category.Category;
import com.newscenter.category.CategoryService;
import com.newscenter.category.CategoryTree;

import org.springframework.stereotype.Component;

/**
 * Turns the category tree into the rows and choice lists of the back-office pages.
 */
@Component
class CategoryRows {

	private final CategoryService categories;

	CategoryRows(CategoryService categories) {
		this.categories = categories;
	}

	/**
	 * Returns every category in tree order with its level, article count and place among
	 * its siblings.
	 * @param language the language to name them in
	 * @return the rows
	 */
	List<CategoryRow> all(String language) {
		CategoryTree tree = this.categories.tree();
		List<CategoryRow> rows = new ArrayList<>();
		for (Category category : tree.ordered()) {
			List<Category> siblings = tree.children(category.parentId());
			rows.add(new CategoryRow(category.id(), category.slug(), category.name(language), tree.level(category.id()),
					this.categories.articleCount(category.id()), siblings.indexOf(category) == 0,
					siblings.indexOf(category) == siblings.size() - 1));
		}
		return rows;
	}

	/**
	 * Returns the categories a category may be placed under: not itself, nothing below
	 * it, nothing that would nest it too deep.
	 * @param id the category to place, or {@code null} for a new one
	 * @param language the language to name them in
	 * @return the possible parents
	 */
	List<CategoryRow> parentsFor(Long id, String language) {
		CategoryTree tree = this.categories.tree();
		int height = (id != null) ? tree.height(id) : 1;
		return rows(language, tree).stream()
			.filter((row) -> id == null || !tree.isWithin(row.id(), id))
			.filter((row) -> row.level() + height <= CategoryService.MAX_LEVELS)
			.toList();
	}

	/**
	 * Returns the categories that can take the articles of a category being deleted.
	 * @param id the category being deleted
	 * @param language the language to name them in
	 * @return every other category
	 */
	List<CategoryRow> targetsFor(long id, String language) {
		return rows(language, this.categories.tree()).stream().filter((row) -> row.id() != id).toList();
	}

	private static List<CategoryRow> rows(String language, CategoryTree tree) {
		return tree.ordered()
			.stream()
			.map((c) -> new CategoryRow(c.id(), c.slug(), c.name(language), tree.level(c.id()), 0, false, false))
			.toList();
	}

}
