package com.newscenter.category.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import com.newscenter.system.web.BadRequestException;

/**
 * The category forms as typed: a new category's slug, names and parent, a rename's names,
 * a move's new parent and a deletion's target for the articles.
 */
public class CategoryForm {

	private String slug = "";

	private Map<String, String> names = new LinkedHashMap<>();

	private String parent = "";

	private String target = "";

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public Map<String, String> getNames() {
		return this.names;
	}

	public void setNames(Map<String, String> names) {
		this.names = names;
	}

	public String getParent() {
		return this.parent;
	}

	public void setParent(String parent) {
		this.parent = parent;
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	/**
	 * Returns the names given, leaving out languages left empty.
	 * @return the name per language
	 */
	Map<String, String> filledNames() {
		Map<String, String> filled = new LinkedHashMap<>();
		this.names.forEach((language, name) -> {
			if (name != null && !name.isBlank()) {
				filled.put(language, name);
			}
		});
		return filled;
	}

	String trimmedSlug() {
		return (this.slug != null) ? this.slug.strip() : null;
	}

	Long parentId() {
		return id(this.parent, "parent");
	}

	Long targetId() {
		return id(this.target, "target");
	}

	private static Long id(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException(field, field + " must be a category id");
		}
	}

}
