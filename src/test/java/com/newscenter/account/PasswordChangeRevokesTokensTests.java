package com.newscenter.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new password cuts off every API token made with the old one, as it ends the other
 * back-office sessions: whoever learnt the old password may have made tokens with it.
 */
@SpringBootTest
class PasswordChangeRevokesTokensTests {

	private static final String PASSWORD = "first-password-1";

	@Autowired
	AccountService accounts;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	UserAdministration administration;

	@Test
	void changingOnesOwnPasswordRevokesOnesTokens() {
		User user = user(Role.EDITOR);
		StaffPrincipal self = principal(user);
		String signedIn = this.accounts.issueToken(user.username(), PASSWORD).orElseThrow().token();
		String named = this.tokens.create(self, "script", "30").token();
		String someoneElses = token(user(Role.AUTHOR));

		this.accounts.changePassword(self, PASSWORD, "second-password-2", "second-password-2");

		assertThat(this.accounts.authenticate(signedIn)).isEmpty();
		assertThat(this.accounts.authenticate(named)).isEmpty();
		assertThat(this.tokens.tokens(self)).isEmpty();
		assertThat(this.accounts.authenticate(someoneElses)).isPresent();
		String fresh = this.accounts.issueToken(user.username(), "second-password-2").orElseThrow().token();
		assertThat(this.accounts.authenticate(fresh)).isPresent();
	}

	@Test
	void aPasswordResetByAnAdministratorRevokesTheUsersTokens() {
		User admin = user(Role.ADMIN);
		String adminToken = token(admin);
		User user = user(Role.AUTHOR);
		String userToken = token(user);

		this.administration.resetPassword(principal(admin), user.id(), "reset-password-3");

		assertThat(this.accounts.authenticate(userToken)).isEmpty();
		assertThat(this.accounts.authenticate(adminToken)).isPresent();
	}

	private User user(Role role) {
		return this.accounts.create(role.name().toLowerCase(java.util.Locale.ROOT) + System.nanoTime(), PASSWORD, role);
	}

	private String token(User user) {
		return this.accounts.issueToken(user.username(), PASSWORD).orElseThrow().token();
	}

	private static StaffPrincipal principal(User user) {
		return new StaffPrincipal(user.id(), user.username(), user.role());
	}

}
