package com.newscenter.account.api;

import com.newscenter.media.MediaService;
import com.newscenter.support.ApiResults;
import com.newscenter.support.ApiTest;
import com.newscenter.support.ApiTokens;
import com.newscenter.support.TestDatabase;
import com.newscenter.support.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static com.newscenter.support.ApiProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may write through the JSON API: nobody without a token, staff for articles, editors
 * for categories and banners, administrators alone for the settings.
 */
@ApiTest
class ApiWriteAuthorizationTests {

	private static final String ARTICLE = """
			{"language":"en","title":"Harbour reopens","body":"<p>Ships are back.</p>","status":"published"}""";

	private static final String CATEGORY = """
			{"slug":"harbour","names":{"en":"Harbour","zh":"港口"}}""";

	private static final String SETTINGS = """
			{"siteName":{"en":"Daily"},"copyright":"(c) Daily","icpLicense":"ICP 1",
			 "publicSecurityFiling":"PSB 1","poweredBy":"NewsCenter"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	MediaService media;

	@Autowired
	TestDatabase database;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void refusesAnArticleWithoutAToken() throws Exception {
		this.mvc.perform(json(post("/api/v1/articles"), ARTICLE)).andExpect(problem(HttpStatus.UNAUTHORIZED));
		this.mvc.perform(get("/api/v1/articles")).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void refusesAnArticleWithAnUnknownToken() throws Exception {
		this.mvc.perform(json(post("/api/v1/articles"), ARTICLE).header(HttpHeaders.AUTHORIZATION, "Bearer made-up"))
			.andExpect(problem(HttpStatus.UNAUTHORIZED));
	}

	@Test
	void editorCreatesAnArticle() throws Exception {
		createArticle(this.tokens.editor());
	}

	@Test
	void administratorCreatesAnArticle() throws Exception {
		createArticle(this.tokens.admin());
	}

	@Test
	void authorCannotCreateCategories() throws Exception {
		as(this.tokens.author(), post("/api/v1/categories"), CATEGORY).andExpect(problem(HttpStatus.FORBIDDEN));
		this.mvc.perform(get("/api/v1/categories")).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void authorCannotCreateBanners() throws Exception {
		long image = this.media.store("slide.png", TestImages.png(40, 20)).id();
		String banner = """
				{"image":%d,"title":"Harbour","link":"/en/news","position":1}""".formatted(image);

		as(this.tokens.author(), post("/api/v1/banners"), banner).andExpect(problem(HttpStatus.FORBIDDEN));
		this.mvc.perform(get("/api/v1/banners")).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void authorCannotChangeTheSettings() throws Exception {
		as(this.tokens.author(), put("/api/v1/settings"), SETTINGS).andExpect(problem(HttpStatus.FORBIDDEN));
	}

	@Test
	void editorCannotChangeTheSettings() throws Exception {
		as(this.tokens.editor(), put("/api/v1/settings"), SETTINGS).andExpect(problem(HttpStatus.FORBIDDEN));
		this.mvc.perform(get("/api/v1/settings")).andExpect(jsonPath("$.icpLicense").value(""));
	}

	@Test
	void administratorChangesTheSettings() throws Exception {
		as(this.tokens.admin(), put("/api/v1/settings"), SETTINGS).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/settings")).andExpect(jsonPath("$.icpLicense").value("ICP 1"));
	}

	private void createArticle(String token) throws Exception {
		MvcResult created = as(token, post("/api/v1/articles"), ARTICLE).andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("Harbour reopens"))
			.andExpect(jsonPath("$.status").value("published"))
			.andReturn();

		assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION))
			.endsWith("/api/v1/articles/" + ApiResults.id(created));
		this.mvc.perform(get("/api/v1/articles")).andExpect(jsonPath("$.items[0].id").value(ApiResults.id(created)));
	}

	private ResultActions as(String token, MockHttpServletRequestBuilder request, String body) throws Exception {
		return this.mvc.perform(json(request, body).header(HttpHeaders.AUTHORIZATION, token));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
