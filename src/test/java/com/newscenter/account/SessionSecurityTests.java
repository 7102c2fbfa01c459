package com.newscenter.account;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Back-office sessions: a new id on sign-in, CSRF tokens on every form, and changes to a
 * user that reach their open session at once.
 */
@AccountTest
class SessionSecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAdministration administration;

	@Test
	void signingInGivesTheSessionANewId() throws Exception {
		User editor = this.users.create(Role.EDITOR);
		Cookie before = this.users.signIn(this.mvc, editor);

		Cookie after = TestUsers.sessionCookie(
				this.mvc
					.perform(post("/admin/login").param("username", editor.username())
						.param("password", TestUsers.PASSWORD)
						.cookie(before)
						.with(csrf())
						.with(TestUsers.from(TestUsers.uniqueAddress())))
					.andExpect(redirectedUrl("/admin"))
					.andReturn());

		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		this.mvc.perform(get("/admin/tokens").cookie(after)).andExpect(status().isOk());
		this.mvc.perform(get("/admin/tokens").cookie(before)).andExpect(redirectedUrl("/admin/login"));
	}

	@Test
	void formsWithoutACsrfTokenAreRefused() throws Exception {
		User editor = this.users.create(Role.EDITOR);
		Cookie session = this.users.signIn(this.mvc, editor);

		this.mvc.perform(post("/admin/login").param("username", editor.username()).param("password", "x"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/account/password").cookie(session)
				.param("currentPassword", TestUsers.PASSWORD)
				.param("newPassword", "another-password")
				.param("confirmPassword", "another-password"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/tokens").cookie(session).param("name", "ci").param("days", "30"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/logout").cookie(session)).andExpect(status().isForbidden());
	}

	@Test
	void aDisabledUserIsSignedOutAtOnce() throws Exception {
		User admin = this.users.create(Role.ADMIN);
		User editor = this.users.create(Role.EDITOR);
		Cookie session = this.users.signIn(this.mvc, editor);
		this.mvc.perform(get("/admin/tokens").cookie(session)).andExpect(status().isOk());

		this.administration.setEnabled(TestUsers.principal(admin), editor.id(), false);

		this.mvc.perform(get("/admin/tokens").cookie(session)).andExpect(redirectedUrl("/admin/login"));
	}

	@Test
	void aNewRoleAppliesToAnOpenSessionAtOnce() throws Exception {
		User admin = this.users.create(Role.ADMIN);
		User other = this.users.create(Role.ADMIN);
		Cookie session = this.users.signIn(this.mvc, other);
		this.mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isOk());

		this.administration.changeRole(TestUsers.principal(admin), other.id(), "EDITOR");

		this.mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isForbidden());
	}

	@Test
	void changingThePasswordEndsTheUsersOtherSessions() throws Exception {
		User editor = this.users.create(Role.EDITOR);
		Cookie here = this.users.signIn(this.mvc, editor);
		Cookie elsewhere = this.users.signIn(this.mvc, editor);
		this.mvc.perform(get("/admin/tokens").cookie(elsewhere)).andExpect(status().isOk());

		this.mvc
			.perform(post("/admin/account/password").cookie(here)
				.with(csrf())
				.param("currentPassword", TestUsers.PASSWORD)
				.param("newPassword", "a-brand-new-passphrase")
				.param("confirmPassword", "a-brand-new-passphrase"))
			.andExpect(redirectedUrl("/admin/account/password"));

		this.mvc.perform(get("/admin/tokens").cookie(here)).andExpect(status().isOk());
		this.mvc.perform(get("/admin/tokens").cookie(elsewhere)).andExpect(redirectedUrl("/admin/login"));
	}

	@Test
	void aPasswordResetByAnAdministratorEndsTheUsersSessions() throws Exception {
		User admin = this.users.create(Role.ADMIN);
		User editor = this.users.create(Role.EDITOR);
		Cookie session = this.users.signIn(this.mvc, editor);
		this.mvc.perform(get("/admin/tokens").cookie(session)).andExpect(status().isOk());

		this.administration.resetPassword(TestUsers.principal(admin), editor.id(), "reset-by-the-admin");

		this.mvc.perform(get("/admin/tokens").cookie(session)).andExpect(redirectedUrl("/admin/login"));
	}

	@Test
	void aFailedPasswordChangeKeepsEverySession() throws Exception {
		User editor = this.users.create(Role.EDITOR);
		Cookie here = this.users.signIn(this.mvc, editor);
		Cookie elsewhere = this.users.signIn(this.mvc, editor);

		this.mvc
			.perform(post("/admin/account/password").cookie(here)
				.with(csrf())
				.param("currentPassword", "not-the-password")
				.param("newPassword", "a-brand-new-passphrase")
				.param("confirmPassword", "a-brand-new-passphrase"))
			.andExpect(status().isOk());

		this.mvc.perform(get("/admin/tokens").cookie(here)).andExpect(status().isOk());
		this.mvc.perform(get("/admin/tokens").cookie(elsewhere)).andExpect(status().isOk());
	}

}
