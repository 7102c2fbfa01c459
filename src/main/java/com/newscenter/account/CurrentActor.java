package com.newscenter.account;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Turns whoever is signed in — by bearer token or by the sign-in form — into the
 * {@link Actor} the services check.
 */
@Component
public class CurrentActor {

	private final AccountService accounts;

	CurrentActor(AccountService accounts) {
		this.accounts = accounts;
	}

	/**
	 * Returns the actor of an authentication.
	 * @param authentication the signed-in user
	 * @return the actor
	 * @throws org.springframework.security.access.AccessDeniedException when nobody or a
	 * removed user is signed in
	 */
	public Actor of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			throw new org.springframework.security.access.AccessDeniedException("Not signed in");
		}
		if (authentication.getPrincipal() instanceof StaffPrincipal staff) {
			return Actor.of(staff);
		}
		return this.accounts.findByUsername(authentication.getName())
			.filter(User::enabled)
			.map((user) -> new Actor(user.id(), user.username(), user.role()))
			.orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Unknown user"));
	}

}
