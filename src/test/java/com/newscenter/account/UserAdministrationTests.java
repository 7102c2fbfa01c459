package com.newscenter.account;

import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Who may manage users, checked in the service whatever the URL rules say: the role
 * table, and what nobody may do to themself.
 */
@AccountTest
class UserAdministrationTests {

	@Autowired
	UserAdministration administration;

	@Autowired
	AccountService accounts;

	@Autowired
	TestUsers users;

	@ParameterizedTest(name = "{0} {1}: allowed={2}")
	@CsvSource({ "ADMIN, create, true", "ADMIN, disable, true", "ADMIN, reset, true", "ADMIN, changeRole, true",
			"EDITOR, create, false", "EDITOR, disable, false", "EDITOR, reset, false", "EDITOR, changeRole, false",
			"AUTHOR, create, false", "AUTHOR, disable, false", "AUTHOR, reset, false", "AUTHOR, changeRole, false" })
	void onlyAdministratorsManageUsers(Role role, String action, boolean allowed) {
		StaffPrincipal actor = TestUsers.principal(this.users.create(role));
		User target = this.users.create(Role.AUTHOR);

		if (allowed) {
			assertThatNoException().isThrownBy(() -> action(action).accept(actor, target));
		}
		else {
			assertThatExceptionOfType(AccountException.class).isThrownBy(() -> action(action).accept(actor, target))
				.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(AccountException.Reason.FORBIDDEN));
			User unchanged = this.accounts.findById(target.id()).orElseThrow();
			assertThat(unchanged.enabled()).isTrue();
			assertThat(unchanged.role()).isEqualTo(Role.AUTHOR);
			assertThat(this.accounts.issueToken(target.username(), TestUsers.PASSWORD)).isPresent();
		}
	}

	@Test
	void aRoleInTheSessionIsNotEnoughWhenTheStoredRoleChanged() {
		User admin = this.users.create(Role.ADMIN);
		User other = this.users.create(Role.ADMIN);
		StaffPrincipal stale = TestUsers.principal(admin);
		this.administration.changeRole(TestUsers.principal(other), admin.id(), "EDITOR");

		assertThatExceptionOfType(AccountException.class).isThrownBy(() -> this.administration.users(stale))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(AccountException.Reason.FORBIDDEN));
	}

	@Test
	void anAdministratorCannotDisableDemoteOrResetThemself() {
		User admin = this.users.create(Role.ADMIN);
		StaffPrincipal self = TestUsers.principal(admin);

		assertThatExceptionOfType(AccountException.class)
			.isThrownBy(() -> this.administration.changeRole(self, admin.id(), "EDITOR"))
			.satisfies((ex) -> assertThat(ex.getViolations().get(0).messageKey()).isEqualTo("account.error.self"));
		assertThatExceptionOfType(AccountException.class)
			.isThrownBy(() -> this.administration.setEnabled(self, admin.id(), false))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(AccountException.Reason.CONFLICT));
		assertThatExceptionOfType(AccountException.class)
			.isThrownBy(() -> this.administration.resetPassword(self, admin.id(), "another-password"));

		User stored = this.accounts.findById(admin.id()).orElseThrow();
		assertThat(stored.role()).isEqualTo(Role.ADMIN);
		assertThat(stored.enabled()).isTrue();
	}

	@Test
	void aDisabledAdministratorCanNoLongerManageUsers() {
		User admin = this.users.create(Role.ADMIN);
		User other = this.users.create(Role.ADMIN);
		this.administration.setEnabled(TestUsers.principal(other), admin.id(), false);

		assertThatExceptionOfType(AccountException.class)
			.isThrownBy(() -> this.administration.setEnabled(TestUsers.principal(admin), other.id(), false))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(AccountException.Reason.FORBIDDEN));
		assertThat(this.accounts.findById(other.id()).orElseThrow().enabled()).isTrue();
	}

	@Test
	void newUsersFollowTheInputRules() {
		StaffPrincipal admin = TestUsers.principal(this.users.create(Role.ADMIN));

		assertThatExceptionOfType(AccountException.class)
			.isThrownBy(() -> this.administration.create(admin, new NewUser("ab", "short", "OWNER")))
			.satisfies((ex) -> assertThat(ex.getViolations()).extracting(AccountException.Violation::messageKey)
				.containsExactly("account.error.usernameInvalid", "account.error.passwordTooShort",
						"account.error.roleInvalid"));
		assertThatExceptionOfType(AccountException.class)
			.isThrownBy(() -> this.administration.create(admin, new NewUser("has space", "x".repeat(80), "AUTHOR")))
			.satisfies((ex) -> assertThat(ex.getViolations()).extracting(AccountException.Violation::messageKey)
				.containsExactly("account.error.usernameInvalid", "account.error.passwordTooLong"));
		assertThatExceptionOfType(AccountException.class)
			.isThrownBy(() -> this.administration.create(admin, new NewUser("a".repeat(51), null, null)));
	}

	private BiConsumer<StaffPrincipal, User> action(String name) {
		return switch (name) {
			case "create" -> (actor, target) -> this.administration.create(actor,
					new NewUser(TestUsers.uniqueName("made"), "a-long-password", "AUTHOR"));
			case "disable" -> (actor, target) -> this.administration.setEnabled(actor, target.id(), false);
			case "reset" -> (actor, target) -> this.administration.resetPassword(actor, target.id(), "new-password-1");
			case "changeRole" -> (actor, target) -> this.administration.changeRole(actor, target.id(), "EDITOR");
			default -> throw new IllegalArgumentException(name);
		};
	}

}
