package com.newscenter.news.api;

import com.newscenter.support.ApiTest;
import com.newscenter.support.ApiTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static com.newscenter.support.ApiProblems.badField;
import static com.newscenter.support.ApiProblems.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Bad requests to the JSON API get a 4xx problem with a clear detail, never a 500 or a
 * stack trace.
 */
@ApiTest
class ArticleApiBadInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "/api/v1/articles?page=-3, 400", "/api/v1/articles?page=0, 400", "/api/v1/articles?size=100000, 400",
			"/api/v1/articles?size=0, 400", "/api/v1/articles?page=abc, 400", "/api/v1/articles?page=99999999999, 400",
			"/api/v1/articles/abc, 400", "/api/v1/articles/99999999, 404", "/api/v1/articles?lang=xx, 404",
			"/api/v1/articles?category=nope, 404", "/api/v1/nothing, 404" })
	void answersABadReadWithAProblem(String url, int status) throws Exception {
		this.mvc.perform(get(url)).andExpect(problem(HttpStatus.valueOf(status)));
	}

	@Test
	void namesTheParameterThatIsNotANumber() throws Exception {
		this.mvc.perform(get("/api/v1/articles?page=abc")).andExpect(badField("page"));
		this.mvc.perform(get("/api/v1/articles/abc")).andExpect(badField("id"));
	}

	@Test
	void answersAnUnknownPathOfAStaffMemberWithNotFound() throws Exception {
		this.mvc.perform(get("/api/v1/nothing").header(HttpHeaders.AUTHORIZATION, this.tokens.editor()))
			.andExpect(problem(HttpStatus.NOT_FOUND));
	}

	@Test
	void refusesABodyThatIsNotJson() throws Exception {
		this.mvc
			.perform(post("/api/v1/articles").header(HttpHeaders.AUTHORIZATION, this.tokens.editor())
				.contentType(MediaType.TEXT_PLAIN)
				.content("language=en&title=Plain"))
			.andExpect(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE));
	}

	@Test
	void refusesABodyThatIsNotValidJson() throws Exception {
		this.mvc
			.perform(post("/api/v1/articles").header(HttpHeaders.AUTHORIZATION, this.tokens.editor())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"language\":\"en\",\"title\":"))
			.andExpect(problem(HttpStatus.BAD_REQUEST));
	}

}
