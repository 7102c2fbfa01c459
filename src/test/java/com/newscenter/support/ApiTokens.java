package com.newscenter.support;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.newscenter.account.AccountService;
import com.newscenter.account.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Issues API tokens through the real account service and returns them as
 * {@code Authorization} header values, creating users of the wanted role on the way.
 */
@Component
public class ApiTokens {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final AccountService accounts;

	private final String adminPassword;

	public ApiTokens(AccountService accounts, @Value("${newscenter.admin.password}") String adminPassword) {
		this.accounts = accounts;
		this.adminPassword = adminPassword;
	}

	/**
	 * Returns a bearer header of the {@code admin} user created on start.
	 * @return the header value
	 */
	public String admin() {
		return bearer("admin", this.adminPassword);
	}

	public String editor() {
		return of(Role.EDITOR);
	}

	public String author() {
		return of(Role.AUTHOR);
	}

	/**
	 * Creates a new user with a role and returns a bearer header of theirs.
	 * @param role the role
	 * @return the header value
	 */
	public String of(Role role) {
		String username = role.name().toLowerCase(Locale.ROOT) + "-" + SEQUENCE.incrementAndGet();
		String password = "password-of-" + username;
		this.accounts.create(username, password, role);
		return bearer(username, password);
	}

	private String bearer(String username, String password) {
		return "Bearer " + this.accounts.issueToken(username, password).orElseThrow().token();
	}

}
