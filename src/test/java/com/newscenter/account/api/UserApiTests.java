package com.newscenter.account.api;

import com.newscenter.account.AccountTest;
import com.newscenter.account.Role;
import com.newscenter.account.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/v1/users}: administrators create users; everyone else, and bad input,
 * get problem JSON saying why.
 */
@AccountTest
class UserApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void anAdministratorCreatesAUser() throws Exception {
		String admin = this.users.token(this.users.create(Role.ADMIN));
		String name = TestUsers.uniqueName("reporter");

		create(admin, "{\"username\":\"" + name + "\",\"password\":\"a-long-password\",\"role\":\"EDITOR\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(greaterThan(0)))
			.andExpect(jsonPath("$.username").value(name))
			.andExpect(jsonPath("$.role").value("EDITOR"))
			.andExpect(jsonPath("$.enabled").value(true))
			.andExpect(jsonPath("$.password").doesNotExist());
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "EDITOR", "AUTHOR" })
	void othersAreRefused(Role role) throws Exception {
		String token = this.users.token(this.users.create(role));

		create(token,
				"{\"username\":\"" + TestUsers.uniqueName("x") + "\",\"password\":\"a-long-password\","
						+ "\"role\":\"ADMIN\"}")
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anonymousCallersMustSignIn() throws Exception {
		create(null, "{\"username\":\"someone\",\"password\":\"a-long-password\",\"role\":\"ADMIN\"}")
			.andExpect(status().isUnauthorized());
	}

	@Test
	void badInputNamesTheField() throws Exception {
		String admin = this.users.token(this.users.create(Role.ADMIN));

		create(admin, "{\"username\":\"a b\",\"password\":\"a-long-password\",\"role\":\"EDITOR\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("username"))
			.andExpect(jsonPath("$.detail").value(containsString("3 to 50")));
		create(admin, "{\"username\":\"" + TestUsers.uniqueName("p") + "\",\"password\":\"short\",\"role\":\"EDITOR\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("password"));
		create(admin, "{\"username\":\"" + TestUsers.uniqueName("r") + "\",\"password\":\"a-long-password\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("role"));
		create(admin, "{\"username\":").andExpect(status().isBadRequest());
	}

	@Test
	void aTakenUsernameIsAConflict() throws Exception {
		String admin = this.users.token(this.users.create(Role.ADMIN));
		String existing = this.users.create(Role.AUTHOR).username();

		create(admin, "{\"username\":\"" + existing + "\",\"password\":\"a-long-password\",\"role\":\"AUTHOR\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("username"))
			.andExpect(jsonPath("$.detail").value(containsString("already taken")));
	}

	private ResultActions create(String token, String json) throws Exception {
		var request = post("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content(json);
		if (token != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		return this.mvc.perform(request);
	}

}
