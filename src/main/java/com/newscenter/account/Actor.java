package com.newscenter.account;

/**
 * Who performs a write, as the services that check permissions and keep the audit log see
 * them.
 *
 * @param userId the user's key, or {@code null} for the system itself
 * @param username the user's name, or {@code system}
 * @param role what they may do
 */
public record Actor(Long userId, String username, Role role) {

	/** The site itself, e.g. loading demo content or publishing on schedule. */
	public static final Actor SYSTEM = new Actor(null, "system", Role.ADMIN);

	public static Actor of(StaffPrincipal principal) {
		return new Actor(principal.id(), principal.username(), principal.role());
	}

	public boolean isEditor() {
		return this.role == Role.ADMIN || this.role == Role.EDITOR;
	}

	public boolean isAdmin() {
		return this.role == Role.ADMIN;
	}

	/**
	 * Tells whether this actor wrote something.
	 * @param authorId the writer's user key, or {@code null}
	 * @return whether they are the same user
	 */
	public boolean owns(Long authorId) {
		return this.userId != null && this.userId.equals(authorId);
	}

}
