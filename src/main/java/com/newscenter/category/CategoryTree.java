package com.newscenter.category;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.newscenter.system.web.BadRequestException;

/**
 * The categories as a tree: parents before their children, siblings by position, and how
 * deep each one sits; what nesting and reordering are checked against.
 */
public final class CategoryTree {

	private static final Comparator<Category> SIBLING_ORDER = Comparator.comparingInt(Category::position)
		.thenComparing(Category::slug);

	private final Map<Long, Category> byId = new HashMap<>();

	private final Map<Long, List<Category>> children = new HashMap<>();

	private final List<Category> ordered = new ArrayList<>();

	CategoryTree(List<Category> categories) {
		for (Category category : categories) {
			this.byId.put(category.id(), category);
		}
		for (Category category : categories) {
			Long parent = (category.parentId() != null && this.byId.containsKey(category.parentId()))
					? category.parentId() : null;
			this.children.computeIfAbsent(parent, (key) -> new ArrayList<>()).add(category);
		}
		this.children.values().forEach((list) -> list.sort(SIBLING_ORDER));
		addInOrder(null, 0);
	}

	private void addInOrder(Long parent, int guard) {
		if (guard > this.byId.size()) {
			return;
		}
		for (Category child : children(parent)) {
			this.ordered.add(child);
			addInOrder(child.id(), guard + 1);
		}
	}

	/**
	 * Returns every category, each parent followed by its children.
	 * @return the categories in tree order
	 */
	public List<Category> ordered() {
		return List.copyOf(this.ordered);
	}

	/**
	 * Returns the children of a category in position order.
	 * @param parentId the parent, or {@code null} for the top level
	 * @return its children
	 */
	public List<Category> children(Long parentId) {
		return List.copyOf(this.children.getOrDefault(parentId, List.of()));
	}

	/**
	 * Returns the level a category sits on: 1 at the top.
	 * @param id the category
	 * @return its level
	 */
	public int level(long id) {
		int level = 0;
		Category category = this.byId.get(id);
		while (category != null && level <= this.byId.size()) {
			level++;
			category = (category.parentId() != null) ? this.byId.get(category.parentId()) : null;
		}
		return level;
	}

	/**
	 * Returns how many levels a category and its descendants span: 1 without children.
	 * @param id the category
	 * @return the height of its subtree
	 */
	public int height(long id) {
		return height(id, 0);
	}

	private int height(long id, int guard) {
		int height = 0;
		if (guard <= this.byId.size()) {
			for (Category child : children(id)) {
				height = Math.max(height, height(child.id(), guard + 1));
			}
		}
		return height + 1;
	}

	/**
	 * Tells whether a category is another one or lies below it.
	 * @param id the category to check
	 * @param ancestorId the possible ancestor
	 * @return whether {@code id} is in the subtree of {@code ancestorId}
	 */
	public boolean isWithin(long id, long ancestorId) {
		Category category = this.byId.get(id);
		for (int steps = 0; category != null && steps <= this.byId.size(); steps++) {
			if (category.id() == ancestorId) {
				return true;
			}
			category = (category.parentId() != null) ? this.byId.get(category.parentId()) : null;
		}
		return false;
	}

	/**
	 * Fails unless a category (with what lies below it) may sit under a parent: not under
	 * itself or its descendants, and no deeper than the levels allowed.
	 * @param id the category, or {@code null} for a new one
	 * @param parentId the wanted parent
	 * @param maxLevels how many levels categories may nest
	 * @throws BadRequestException naming the field {@code parent}
	 */
	void checkNesting(Long id, long parentId, int maxLevels) {
		if (!contains(parentId)) {
			throw new BadRequestException("parent", "no category with id " + parentId);
		}
		if (id != null && isWithin(parentId, id)) {
			throw new BadRequestException("parent",
					"a category cannot be placed under itself or one of its subcategories");
		}
		if (level(parentId) + ((id != null) ? height(id) : 1) > maxLevels) {
			throw new BadRequestException("parent", "categories nest at most " + maxLevels + " levels deep");
		}
	}

	/**
	 * Returns the siblings of a category in their order after it swapped places with its
	 * previous or next sibling.
	 * @param id the category
	 * @param up towards the start when {@code true}, towards the end otherwise
	 * @return the new order, or an empty list when it is already first or last
	 */
	List<Category> swapped(long id, boolean up) {
		Category category = get(id);
		List<Category> siblings = new ArrayList<>(children(parentOf(id)));
		int index = siblings.indexOf(category);
		int other = up ? index - 1 : index + 1;
		if (index < 0 || other < 0 || other >= siblings.size()) {
			return List.of();
		}
		siblings.set(index, siblings.get(other));
		siblings.set(other, category);
		return siblings;
	}

	/**
	 * Returns the parent of a category among the known ones.
	 * @param id the category
	 * @return the parent's id, or {@code null} at the top
	 */
	Long parentOf(long id) {
		Category category = this.byId.get(id);
		return (category != null && category.parentId() != null && this.byId.containsKey(category.parentId()))
				? category.parentId() : null;
	}

	boolean contains(long id) {
		return this.byId.containsKey(id);
	}

	Category get(long id) {
		return Objects.requireNonNull(this.byId.get(id));
	}

}
