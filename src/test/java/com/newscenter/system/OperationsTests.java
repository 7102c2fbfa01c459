package com.newscenter.system;

import java.util.List;

import jakarta.servlet.http.Cookie;

import com.newscenter.account.TestUsers;
import com.newscenter.support.ApiTest;
import com.newscenter.support.ApiTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static com.newscenter.support.ApiProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What operators and browsers rely on: health, metrics for administrators only, the
 * back-office gate and security headers.
 */
@ApiTest
class OperationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Test
	void healthIsUp() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void healthProbesAreOpenToAll() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
	}

	@Test
	void metricsAreForAdministratorsOnly() throws Exception {
		this.mvc.perform(get("/actuator/metrics")).andExpect(problem(HttpStatus.UNAUTHORIZED));
		this.mvc.perform(get("/actuator/metrics/jvm.memory.used")).andExpect(problem(HttpStatus.UNAUTHORIZED));
		this.mvc.perform(get("/actuator/info")).andExpect(problem(HttpStatus.UNAUTHORIZED));
		this.mvc.perform(get("/actuator/metrics").header(HttpHeaders.AUTHORIZATION, this.tokens.editor()))
			.andExpect(problem(HttpStatus.FORBIDDEN));
		this.mvc.perform(get("/actuator/metrics").header(HttpHeaders.AUTHORIZATION, this.tokens.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.names", hasItem("newscenter.views.counted")));
	}

	@Test
	void aTokenLeavesTheBackOfficeSessionSentAlongUntouched() throws Exception {
		Cookie session = TestUsers.sessionCookie(
				this.mvc.perform(formLogin("/admin/login").user("admin").password("admin-test-password")).andReturn());

		for (String path : List.of("/api/v1/articles", "/actuator/metrics")) {
			MvcResult result = this.mvc
				.perform(get(path).cookie(session).header(HttpHeaders.AUTHORIZATION, this.tokens.admin()))
				.andExpect(status().isOk())
				.andReturn();
			assertThat(result.getResponse().getCookie(TestUsers.SESSION_COOKIE)).as(path).isNull();
		}

		this.mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void anonymousVisitorsOfTheBackOfficeAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/login"));
	}

	@Test
	void publicPagesSendSecurityHeaders() throws Exception {
		this.mvc.perform(get("/en/news"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'self'")))
			.andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().exists("Referrer-Policy"));
	}

	@Test
	void aVisitorsBrowserMayKeepPublicPagesIfItAsksAgainButNeverTheBackOfficeOrTheApi() throws Exception {
		this.mvc.perform(get("/en/news"))
			.andExpect(header().stringValues("Cache-Control", "no-cache, private"))
			.andExpect(header().doesNotExist("Pragma"))
			.andExpect(header().doesNotExist("Expires"));
		this.mvc.perform(get("/css/site.css")).andExpect(header().stringValues("Cache-Control", "max-age=604800"));
		for (String path : List.of("/admin/login", "/api/v1/articles")) {
			this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", containsString("no-store")));
		}
	}

}
