package com.newscenter.account.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.newscenter.support.ApiResults;
import com.newscenter.support.ApiTest;
import com.newscenter.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static com.newscenter.support.ApiProblems.badField;
import static com.newscenter.support.ApiProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in to the JSON API: tokens for good credentials only, stored as digests, and
 * refused once expired.
 */
@ApiTest
class TokenApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestDatabase database;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void issuesATokenWithItsExpiryToTheAdministrator() throws Exception {
		String expiresAt = ApiResults.read(signIn("admin", "admin-test-password").andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.token").isNotEmpty())
			.andReturn(), "$.expiresAt");

		assertThat(Instant.parse(expiresAt)).isAfter(Instant.now());
	}

	@Test
	void refusesAWrongPassword() throws Exception {
		signIn("admin", "not-the-password").andExpect(problem(HttpStatus.UNAUTHORIZED));
	}

	@Test
	void refusesAnUnknownUser() throws Exception {
		signIn("nobody", "admin-test-password").andExpect(problem(HttpStatus.UNAUTHORIZED));
	}

	@Test
	void refusesCredentialsWithoutAPassword() throws Exception {
		tokenRequest("{\"username\":\"admin\"}").andExpect(badField("username"));
	}

	@Test
	void refusesMalformedJson() throws Exception {
		tokenRequest("{\"username\":\"admin\",").andExpect(problem(HttpStatus.BAD_REQUEST));
	}

	@Test
	void storesOnlyADigestOfTheToken() throws Exception {
		String token = ApiResults.read(signIn("admin", "admin-test-password").andReturn(), "$.token");

		List<String> stored = this.jdbc.sql("SELECT token_hash FROM api_token").query(String.class).list();

		assertThat(stored).isNotEmpty().noneMatch((hash) -> hash.contains(token));
	}

	@Test
	void refusesATokenOnceItHasExpired() throws Exception {
		String token = ApiResults.read(signIn("admin", "admin-test-password").andReturn(), "$.token");
		createCategory(token, "before-expiry").andExpect(status().isCreated());

		this.jdbc.sql("UPDATE api_token SET expires_at = ? WHERE id = (SELECT MAX(id) FROM api_token)")
			.param(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
			.update();

		createCategory(token, "after-expiry").andExpect(problem(HttpStatus.UNAUTHORIZED));
	}

	private ResultActions signIn(String username, String password) throws Exception {
		return tokenRequest("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password));
	}

	private ResultActions tokenRequest(String json) throws Exception {
		return this.mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions createCategory(String token, String slug) throws Exception {
		return this.mvc.perform(post("/api/v1/categories").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"slug\":\"%s\",\"names\":{\"en\":\"Expiry\"}}".formatted(slug)));
	}

}
