package com.newscenter.account.api;

import java.time.Duration;

import com.newscenter.account.AccountTest;
import com.newscenter.account.Role;
import com.newscenter.account.TestUsers;
import com.newscenter.account.User;
import com.newscenter.support.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/v1/auth/token} answers 429 with {@code Retry-After} after too many
 * failures for one username or from one address, until the window ends.
 */
@AccountTest
class TokenApiThrottlingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	MutableClock clock;

	@Test
	void issuesATokenForTheRightPassword() throws Exception {
		User editor = this.users.create(Role.EDITOR);

		token(editor.username(), TestUsers.PASSWORD, TestUsers.uniqueAddress()).andExpect(status().isOk())
			.andExpect(jsonPath("$.token").value(notNullValue()))
			.andExpect(jsonPath("$.expiresAt").value(notNullValue()));
	}

	@Test
	void refusesAUsernameAfterFiveFailuresUntilTheWindowEnds() throws Exception {
		User editor = this.users.create(Role.EDITOR);
		for (int i = 0; i < 5; i++) {
			token(editor.username(), "wrong-password", TestUsers.uniqueAddress()).andExpect(status().isUnauthorized());
		}

		token(editor.username(), TestUsers.PASSWORD, TestUsers.uniqueAddress()).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.detail").value(containsString("Too many failed sign-in attempts")))
			.andExpect(jsonPath("$.detail").value(containsString("Try again in 900 seconds.")));

		this.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		token(editor.username(), TestUsers.PASSWORD, TestUsers.uniqueAddress()).andExpect(status().isOk());
	}

	@Test
	void refusesAnAddressAfterTwentyFailuresUntilTheWindowEnds() throws Exception {
		User editor = this.users.create(Role.EDITOR);
		String address = TestUsers.uniqueAddress();
		for (int i = 0; i < 20; i++) {
			token(TestUsers.uniqueName("guess"), "wrong-password", address).andExpect(status().isUnauthorized());
		}

		token(editor.username(), TestUsers.PASSWORD, address).andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		token(editor.username(), TestUsers.PASSWORD, TestUsers.uniqueAddress()).andExpect(status().isOk());
		this.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		token(editor.username(), TestUsers.PASSWORD, address).andExpect(status().isOk());
	}

	@Test
	void formAndApiFailuresCountTogether() throws Exception {
		User editor = this.users.create(Role.EDITOR);
		for (int i = 0; i < 3; i++) {
			this.mvc
				.perform(post("/admin/login").param("username", editor.username())
					.param("password", "wrong-password")
					.with(csrf())
					.with(TestUsers.from(TestUsers.uniqueAddress())))
				.andExpect(redirectedUrl("/admin/login?error"));
		}
		token(editor.username(), "wrong-password", TestUsers.uniqueAddress()).andExpect(status().isUnauthorized());
		token(editor.username(), "wrong-password", TestUsers.uniqueAddress()).andExpect(status().isUnauthorized());

		token(editor.username(), TestUsers.PASSWORD, TestUsers.uniqueAddress()).andExpect(status().isTooManyRequests());
	}

	private ResultActions token(String username, String password, String address) throws Exception {
		return this.mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
			.with(TestUsers.from(address)));
	}

}
