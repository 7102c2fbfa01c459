package com.newscenter.account;

/**
 * The signed-in back-office user as the security context holds them.
 *
 * @param id the user's key
 * @param username the sign-in name
 * @param role what they may do
 */
public record StaffPrincipal(long id, String username, Role role) {

	StaffPrincipal(User user) {
		this(user.id(), user.username(), user.role());
	}

	@Override
	public String toString() {
		return this.username;
	}

}
