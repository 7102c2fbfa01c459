package com.newscenter.account;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import com.newscenter.account.AccountException.Violation;

/**
 * The input rules for usernames, passwords and roles, shared by every account operation.
 */
final class AccountRules {

	/** 3 to 50 letters, digits, dots, underscores or hyphens. */
	static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{3,50}");

	static final int MIN_PASSWORD_LENGTH = 10;

	/** Bcrypt reads no further than this. */
	static final int MAX_PASSWORD_BYTES = 72;

	private AccountRules() {
	}

	static void username(String username, List<Violation> problems) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			problems.add(new Violation("username", "account.error.usernameInvalid"));
		}
	}

	static void newPassword(String field, String password, List<Violation> problems) {
		if (password == null || password.isEmpty()) {
			problems.add(new Violation(field, "account.error.required"));
		}
		else if (password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
			problems.add(new Violation(field, "account.error.passwordTooShort"));
		}
		else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			problems.add(new Violation(field, "account.error.passwordTooLong"));
		}
	}

	static void confirmation(String field, String password, String confirmation, List<Violation> problems) {
		if (!Objects.equals(password, confirmation)) {
			problems.add(new Violation(field, "account.error.passwordMismatch"));
		}
	}

	static Role role(String value, List<Violation> problems) {
		Role role = Arrays.stream(Role.values()).filter((r) -> r.name().equals(value)).findFirst().orElse(null);
		if (role == null) {
			problems.add(new Violation("role", "account.error.roleInvalid"));
		}
		return role;
	}

	static void check(List<Violation> problems) {
		if (!problems.isEmpty()) {
			throw AccountException.invalid(problems);
		}
	}

}
