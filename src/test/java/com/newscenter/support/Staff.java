package com.newscenter.support;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.newscenter.account.AccountService;
import com.newscenter.account.Actor;
import com.newscenter.account.Role;
import com.newscenter.account.StaffPrincipal;
import com.newscenter.account.User;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Creates real back-office users of a role and signs requests in as them, the way the
 * application itself does ({@link StaffPrincipal} in the security context).
 */
@Component
public class Staff {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final AccountService accounts;

	public Staff(AccountService accounts) {
		this.accounts = accounts;
	}

	/**
	 * Creates a user with a role.
	 * @param role the role
	 * @return the user; their password is {@code password-of-} and the username
	 */
	public User create(Role role) {
		String username = "staff-" + role.name().toLowerCase(Locale.ROOT) + "-" + SEQUENCE.incrementAndGet();
		return this.accounts.create(username, password(username), role);
	}

	public static String password(String username) {
		return "password-of-" + username;
	}

	/**
	 * Creates a user with a role and returns a request post-processor signing in as them.
	 * @param role the role
	 * @return the post-processor
	 */
	public RequestPostProcessor as(Role role) {
		return as(create(role));
	}

	/**
	 * Returns a request post-processor signing in as an existing user.
	 * @param user the user
	 * @return the post-processor
	 */
	public static RequestPostProcessor as(User user) {
		StaffPrincipal principal = new StaffPrincipal(user.id(), user.username(), user.role());
		return authentication(new UsernamePasswordAuthenticationToken(principal, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()))));
	}

	/**
	 * Returns an actor of a role for tests that call the services directly.
	 * @param role the role
	 * @return the actor
	 */
	public static Actor actor(Role role) {
		return new Actor(null, "actor-" + role.name().toLowerCase(Locale.ROOT), role);
	}

}
