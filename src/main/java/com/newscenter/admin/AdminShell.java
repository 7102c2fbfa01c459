package com.newscenter.admin;

import java.util.List;

/**
 * What the back-office layout shows around every page: who is signed in, the menu and the
 * language choice.
 *
 * @param username the signed-in user, or {@code null} on the sign-in page
 * @param role their role
 * @param language the back office's language
 * @param languages the languages it can switch to
 * @param path the current path, to mark the menu entry
 */
public record AdminShell(String username, String role, String language, List<String> languages, String path) {

	public boolean isAdmin() {
		return "ADMIN".equals(this.role);
	}

	public boolean isEditor() {
		return "ADMIN".equals(this.role) || "EDITOR".equals(this.role);
	}

	/**
	 * Tells whether a menu entry is the current section.
	 * @param section the entry's path
	 * @return whether the current page lies in it
	 */
	public boolean in(String section) {
		return "/admin".equals(section) ? "/admin".equals(this.path) || "/admin/".equals(this.path)
				: this.path.startsWith(section);
	}

}
