package com.newscenter.account;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

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

	static Authentication authentication(User user) {
		return new UsernamePasswordAuthenticationToken(new StaffPrincipal(user), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
	}

	@Override
	public String toString() {
		return this.username;
	}

}
