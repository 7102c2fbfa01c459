package com.newscenter.account;

import com.newscenter.system.web.ForbiddenException;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tells the back office who is writing: the services need an {@link Actor}, whether the
 * user signed in with a bearer token ({@link StaffPrincipal}) or with the sign-in form (a
 * plain Spring Security user, looked up here so a changed role or a disabled account
 * takes effect at once).
 */
@Component
public class CurrentActor {

	private final AccountService accounts;

	CurrentActor(AccountService accounts) {
		this.accounts = accounts;
	}

	/**
	 * Returns the actor of the current request.
	 * @return the signed-in user as an actor
	 * @throws ForbiddenException when nobody known and enabled is signed in
	 */
	public Actor get() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	/**
	 * Returns the actor an authentication stands for.
	 * @param authentication the authentication, or {@code null}
	 * @return the actor
	 * @throws ForbiddenException when it is anonymous or names no enabled user
	 */
	public Actor of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			throw new ForbiddenException("Sign in first");
		}
		if (authentication.getPrincipal() instanceof StaffPrincipal staff) {
			return Actor.of(staff);
		}
		return this.accounts.findByUsername(authentication.getName())
			.filter(User::enabled)
			.map((user) -> new Actor(user.id(), user.username(), user.role()))
			.orElseThrow(() -> new ForbiddenException("Your account is unknown or disabled"));
	}

}
