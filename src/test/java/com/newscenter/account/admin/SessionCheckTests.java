package com.newscenter.account.admin;

import jakarta.servlet.http.Cookie;

import com.newscenter.account.AccountTest;
import com.newscenter.account.Role;
import com.newscenter.account.TestUsers;
import com.newscenter.account.User;
import com.newscenter.account.UserAdministration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Proves the check an open article form makes before saving: a signed-in user gets the
 * CSRF token to send, anyone else a 401 rather than the sign-in page (and, as
 * {@code SignInWithoutSessionTests} shows, no session).
 */
@AccountTest
class SessionCheckTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAdministration administration;

	@Test
	void aSignedInUserGetsTheCsrfTokenToSend() throws Exception {
		Cookie session = this.users.signIn(this.mvc, this.users.create(Role.AUTHOR));

		this.mvc.perform(get("/admin/session").cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(jsonPath("$.csrfParameter").value("_csrf"))
			.andExpect(jsonPath("$.csrfToken").isNotEmpty());
	}

	@Test
	void anAnonymousCallerGetsA401() throws Exception {
		this.mvc.perform(get("/admin/session")).andExpect(status().isUnauthorized());
	}

	@Test
	void aDisabledUsersSessionIsToldItHasEnded() throws Exception {
		User admin = this.users.create(Role.ADMIN);
		User editor = this.users.create(Role.EDITOR);
		Cookie session = this.users.signIn(this.mvc, editor);

		this.administration.setEnabled(TestUsers.principal(admin), editor.id(), false);

		this.mvc.perform(get("/admin/session").cookie(session)).andExpect(status().isUnauthorized());
	}

}
