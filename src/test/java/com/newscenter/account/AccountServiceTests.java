package com.newscenter.account;

import java.time.Duration;

import com.newscenter.support.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The stored side of users and API tokens against a real database; run on H2 and on
 * PostgreSQL by the subclasses.
 */
@AccountTest
abstract class AccountServiceTests {

	@Autowired
	AccountService accounts;

	@Autowired
	UserAdministration administration;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	TestUsers users;

	@Autowired
	MutableClock clock;

	@Test
	void createsUsersWithHashedPasswordsAndListsThem() {
		StaffPrincipal admin = TestUsers.principal(this.users.create(Role.ADMIN));
		String name = TestUsers.uniqueName("New.User_x");

		UserSummary created = this.administration.create(admin, new NewUser(name, "a-long-password", "EDITOR"));

		assertThat(created.role()).isEqualTo(Role.EDITOR);
		assertThat(created.enabled()).isTrue();
		assertThat(created.createdAt()).isEqualTo(this.clock.instant());
		assertThat(this.accounts.findByUsername(name).orElseThrow().passwordHash()).startsWith("{bcrypt}");
		assertThat(this.accounts.issueToken(name, "a-long-password")).isPresent();
		assertThat(this.administration.users(admin)).extracting(UserSummary::username).contains(name);
	}

	@Test
	void refusesADuplicateUsernameWhateverItsCase() {
		StaffPrincipal admin = TestUsers.principal(this.users.create(Role.ADMIN));
		User existing = this.users.create(Role.AUTHOR);

		assertThatExceptionOfType(AccountException.class)
			.isThrownBy(() -> this.administration.create(admin,
					new NewUser(existing.username().toUpperCase(), "a-long-password", "AUTHOR")))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(AccountException.Reason.CONFLICT))
			.satisfies((ex) -> assertThat(ex.getViolations().get(0).field()).isEqualTo("username"));
	}

	@Test
	void disabledUsersCannotSignInAndTheirTokensStopWorking() {
		StaffPrincipal admin = TestUsers.principal(this.users.create(Role.ADMIN));
		User editor = this.users.create(Role.EDITOR);
		String token = this.users.token(editor);

		this.administration.setEnabled(admin, editor.id(), false);

		assertThat(this.accounts.authenticate(token)).isEmpty();
		assertThat(this.accounts.issueToken(editor.username(), TestUsers.PASSWORD)).isEmpty();

		this.administration.setEnabled(admin, editor.id(), true);

		assertThat(this.accounts.authenticate(token)).isPresent();
	}

	@Test
	void roleChangesAndPasswordResetsAreStored() {
		StaffPrincipal admin = TestUsers.principal(this.users.create(Role.ADMIN));
		User author = this.users.create(Role.AUTHOR);

		this.administration.changeRole(admin, author.id(), "EDITOR");
		this.administration.resetPassword(admin, author.id(), "another-password");

		assertThat(this.accounts.findById(author.id()).orElseThrow().role()).isEqualTo(Role.EDITOR);
		assertThat(this.accounts.issueToken(author.username(), "another-password")).isPresent();
		assertThat(this.accounts.issueToken(author.username(), TestUsers.PASSWORD)).isEmpty();
	}

	@Test
	void namedTokensAreListedForTheirOwnerOnlyAndRecordTheirLastUse() {
		User owner = this.users.create(Role.AUTHOR);
		User other = this.users.create(Role.AUTHOR);
		AccountService.IssuedToken issued = this.tokens.create(TestUsers.principal(owner), "import script", "7");

		assertThat(issued.expiresAt()).isEqualTo(this.clock.instant().plus(Duration.ofDays(7)));
		assertThat(this.tokens.tokens(TestUsers.principal(other))).isEmpty();
		ApiToken listed = this.tokens.tokens(TestUsers.principal(owner)).get(0);
		assertThat(listed.name()).isEqualTo("import script");
		assertThat(listed.lastUsedAt()).isNull();

		this.clock.advance(Duration.ofMinutes(5));
		assertThat(this.accounts.authenticate(issued.token())).get().extracting(User::id).isEqualTo(owner.id());

		assertThat(this.tokens.tokens(TestUsers.principal(owner)).get(0).lastUsedAt()).isEqualTo(this.clock.instant());
	}

	@Test
	void revokedTokensStopWorkingAtOnceAndOnlyTheOwnerOrAnAdministratorMayRevoke() {
		User owner = this.users.create(Role.EDITOR);
		User other = this.users.create(Role.EDITOR);
		AccountService.IssuedToken issued = this.tokens.create(TestUsers.principal(owner), "ci", "30");
		long id = this.tokens.tokens(TestUsers.principal(owner)).get(0).id();

		assertThatExceptionOfType(AccountException.class)
			.isThrownBy(() -> this.tokens.revoke(TestUsers.principal(other), id))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(AccountException.Reason.NOT_FOUND));
		assertThat(this.accounts.authenticate(issued.token())).isPresent();

		this.tokens.revoke(TestUsers.principal(owner), id);

		assertThat(this.accounts.authenticate(issued.token())).isEmpty();
		assertThat(this.tokens.tokens(TestUsers.principal(owner))).isEmpty();
		AccountService.IssuedToken second = this.tokens.create(TestUsers.principal(owner), "deploy", "30");
		User admin = this.users.create(Role.ADMIN);
		long secondId = this.tokens.othersTokens(TestUsers.principal(admin))
			.stream()
			.filter((t) -> t.userId() == owner.id())
			.findFirst()
			.orElseThrow()
			.token()
			.id();
		assertThat(this.tokens.othersTokens(TestUsers.principal(other))).as("only for administrators").isEmpty();
		this.tokens.revoke(TestUsers.principal(admin), secondId);
		assertThat(this.accounts.authenticate(second.token())).isEmpty();
	}

	@Test
	void expiredTokensStopWorking() {
		User owner = this.users.create(Role.EDITOR);
		String token = this.users.token(owner);
		AccountService.IssuedToken named = this.tokens.create(TestUsers.principal(owner), "daily", "1");

		this.clock.advance(Duration.ofDays(1));

		assertThat(this.accounts.authenticate(token)).isEmpty();
		assertThat(this.accounts.authenticate(named.token())).isEmpty();
		assertThat(this.tokens.tokens(TestUsers.principal(owner))).isEmpty();
	}

	@Test
	void tokenNamesAndLifetimesAreChecked() {
		StaffPrincipal owner = TestUsers.principal(this.users.create(Role.AUTHOR));

		assertThatExceptionOfType(AccountException.class).isThrownBy(() -> this.tokens.create(owner, " ", "2"))
			.satisfies((ex) -> assertThat(ex.getViolations()).extracting(AccountException.Violation::field)
				.containsExactly("name", "days"));
		assertThatExceptionOfType(AccountException.class)
			.isThrownBy(() -> this.tokens.create(owner, "x".repeat(101), "30"));
	}

}
