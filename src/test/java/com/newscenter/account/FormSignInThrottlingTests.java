package com.newscenter.account;

import java.time.Duration;

import com.newscenter.support.MutableClock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The sign-in form refuses further attempts after too many failures for one username or
 * from one address, until the window ends.
 */
@AccountTest
class FormSignInThrottlingTests {

	private static final String ERROR = "/admin/login?error";

	private static final String LOCKED = "/admin/login?locked";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	MutableClock clock;

	@Test
	void locksAUsernameAfterFiveFailuresUntilTheWindowEnds() throws Exception {
		User editor = this.users.create(Role.EDITOR);
		for (int i = 0; i < 4; i++) {
			signIn(editor.username(), "wrong-password", TestUsers.uniqueAddress()).andExpect(redirectedUrl(ERROR));
		}
		signIn(editor.username(), "wrong-password", TestUsers.uniqueAddress()).andExpect(redirectedUrl(LOCKED));

		signIn(editor.username(), TestUsers.PASSWORD, TestUsers.uniqueAddress()).andExpect(redirectedUrl(LOCKED));
		this.clock.advance(Duration.ofMinutes(14));
		signIn(editor.username(), TestUsers.PASSWORD, TestUsers.uniqueAddress()).andExpect(redirectedUrl(LOCKED));
		this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		signIn(editor.username(), TestUsers.PASSWORD, TestUsers.uniqueAddress()).andExpect(redirectedUrl("/admin"));
	}

	@Test
	void failuresForUnknownUsernamesCountToo() throws Exception {
		String ghost = TestUsers.uniqueName("ghost");
		for (int i = 0; i < 5; i++) {
			signIn(ghost, "guess-" + i, TestUsers.uniqueAddress());
		}
		signIn(ghost, "guess-6", TestUsers.uniqueAddress()).andExpect(redirectedUrl(LOCKED));
	}

	@Test
	void locksAnAddressAfterTwentyFailuresUntilTheWindowEnds() throws Exception {
		User editor = this.users.create(Role.EDITOR);
		String address = TestUsers.uniqueAddress();
		for (int i = 0; i < 19; i++) {
			signIn(TestUsers.uniqueName("guess"), "wrong-password", address).andExpect(redirectedUrl(ERROR));
		}
		signIn(TestUsers.uniqueName("guess"), "wrong-password", address).andExpect(redirectedUrl(LOCKED));

		signIn(editor.username(), TestUsers.PASSWORD, address).andExpect(redirectedUrl(LOCKED));
		signIn(editor.username(), TestUsers.PASSWORD, TestUsers.uniqueAddress()).andExpect(redirectedUrl("/admin"));
		this.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		signIn(editor.username(), TestUsers.PASSWORD, address).andExpect(redirectedUrl("/admin"));
	}

	@Test
	void aSuccessfulSignInDoesNotResetTheCountersOfOthers() throws Exception {
		User editor = this.users.create(Role.EDITOR);
		User author = this.users.create(Role.AUTHOR);
		String address = TestUsers.uniqueAddress();
		for (int i = 0; i < 19; i++) {
			signIn(TestUsers.uniqueName("guess"), "wrong-password", address).andExpect(redirectedUrl(ERROR));
		}
		signIn(editor.username(), TestUsers.PASSWORD, address).andExpect(redirectedUrl("/admin"));
		signIn(TestUsers.uniqueName("guess"), "wrong-password", address).andExpect(redirectedUrl(LOCKED));

		signIn(author.username(), TestUsers.PASSWORD, address).andExpect(redirectedUrl(LOCKED));
	}

	@Test
	void theLockedPageSaysWhy() throws Exception {
		String page = this.mvc.perform(get(LOCKED)).andReturn().getResponse().getContentAsString();

		assertThat(Jsoup.parse(page).selectFirst("[data-testid=login-locked]").text())
			.isEqualTo("Too many failed attempts. Please wait a few minutes and try again.");
	}

	private ResultActions signIn(String username, String password, String address) throws Exception {
		return this.mvc.perform(post("/admin/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(TestUsers.from(address)));
	}

}
