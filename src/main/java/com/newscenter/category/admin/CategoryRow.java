package com.newscenter.category.admin;

/**
 * A category as the back-office tree shows it.
 *
 * @param id the key
 * @param slug the URL name
 * @param name the name in the back office's language
 * @param level 1 at the top, 2 for a child, 3 for a grandchild
 * @param articles how many articles are filed under it
 * @param first whether it is the first of its siblings
 * @param last whether it is the last of its siblings
 */
public record CategoryRow(long id, String slug, String name, int level, long articles, boolean first, boolean last) {

	/**
	 * Returns the label of a choice list entry, indented by level.
	 * @return the name after a dash per level below the top
	 */
	public String indentedName() {
		return "— ".repeat(this.level - 1) + this.name;
	}

}
