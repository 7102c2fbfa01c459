package com.newscenter.news.api;

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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static com.newscenter.support.ApiProblems.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Writing articles through the JSON API: sanitised bodies, translations linked both ways,
 * changes, publishing and deletion.
 */
@ApiTest
class ArticleApiWriteTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	TestDatabase database;

	@Autowired
	MediaService media;

	private String editor;

	@BeforeEach
	void clean() {
		this.database.clean();
		this.editor = this.tokens.editor();
	}

	@Test
	void storesAndReturnsTheBodySanitised() throws Exception {
		String body = "<p onclick=\\\"steal()\\\">Hello<script>alert(1)</script> <b>world</b></p>";
		long id = ApiResults.id(send(post("/api/v1/articles"), """
				{"language":"en","title":"Sanitised","body":"%s","status":"published"}""".formatted(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.body").value("<p>Hello <b>world</b></p>"))
			.andReturn());

		this.mvc.perform(get("/api/v1/articles/" + id))
			.andExpect(jsonPath("$.body").value(not(containsString("script"))))
			.andExpect(jsonPath("$.body").value(not(containsString("onclick"))))
			.andExpect(jsonPath("$.body").value(containsString("Hello")));
	}

	@Test
	void linksATranslationBothWays() throws Exception {
		long english = create("en", "Port expands", "published");
		long chinese = ApiResults.id(send(post("/api/v1/articles"),
				"""
						{"language":"zh","title":"港口扩建","body":"<p>港口</p>","status":"published","translationOf":%d}"""
					.formatted(english))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.translations.en").value(english))
			.andReturn());

		this.mvc.perform(get("/api/v1/articles/" + chinese))
			.andExpect(jsonPath("$.translations.en").value(english))
			.andExpect(jsonPath("$.translations.zh").value(chinese));
		this.mvc.perform(get("/api/v1/articles/" + english))
			.andExpect(jsonPath("$.translations.en").value(english))
			.andExpect(jsonPath("$.translations.zh").value(chinese));
	}

	@Test
	void patchChangesTheTitleAndPublishesADraft() throws Exception {
		long id = create("en", "First title", "draft");
		this.mvc.perform(get("/api/v1/articles?lang=en")).andExpect(jsonPath("$.total").value(0));

		send(patch("/api/v1/articles/" + id), """
				{"title":"Second title","status":"published"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Second title"))
			.andExpect(jsonPath("$.slug").value("second-title"))
			.andExpect(jsonPath("$.status").value("published"))
			.andExpect(jsonPath("$.publishedAt").isNotEmpty());

		this.mvc.perform(get("/api/v1/articles?lang=en"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(id))
			.andExpect(jsonPath("$.items[0].title").value("Second title"));
	}

	@Test
	void patchKeepsTheCoverWhenLeftOutAndTakesItAwayWhenNull() throws Exception {
		long cover = this.media.store("cover.png", TestImages.png(640, 360)).id();
		long id = ApiResults.id(send(post("/api/v1/articles"), """
				{"language":"en","title":"Covered","body":"<p>Text.</p>","coverImage":%d}""".formatted(cover))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.coverImage.id").value(cover))
			.andReturn());

		send(patch("/api/v1/articles/" + id), """
				{"title":"Still covered"}""").andExpect(jsonPath("$.coverImage.id").value(cover));
		send(patch("/api/v1/articles/" + id), """
				{"coverImage":null}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Still covered"))
			.andExpect(jsonPath("$.coverImage").doesNotExist());
		send(patch("/api/v1/articles/" + id), """
				{"coverImage":%d}""".formatted(cover)).andExpect(jsonPath("$.coverImage.id").value(cover));
		send(patch("/api/v1/articles/" + id), """
				{"coverImage":"none"}""").andExpect(problem(HttpStatus.BAD_REQUEST))
			.andExpect(jsonPath("$.field").value("coverImage"));
	}

	@Test
	void deleteRemovesTheArticle() throws Exception {
		long id = create("en", "Short-lived", "published");

		send(delete("/api/v1/articles/" + id), "").andExpect(status().isNoContent());

		this.mvc.perform(get("/api/v1/articles/" + id)).andExpect(problem(HttpStatus.NOT_FOUND));
		this.mvc.perform(get("/api/v1/articles?lang=en"))
			.andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) id))));
	}

	@Test
	void patchOfAMissingArticleIsNotFound() throws Exception {
		send(patch("/api/v1/articles/99999999"), "{\"title\":\"Nothing\"}").andExpect(problem(HttpStatus.NOT_FOUND))
			.andExpect(jsonPath("$.detail").value(containsString("Article 99999999 does not exist")));
	}

	@Test
	void deleteOfAMissingArticleIsNotFound() throws Exception {
		send(delete("/api/v1/articles/99999999"), "").andExpect(problem(HttpStatus.NOT_FOUND))
			.andExpect(jsonPath("$.detail").value(containsString("Article 99999999 does not exist")));
	}

	private long create(String language, String title, String status) throws Exception {
		return ApiResults.id(send(post("/api/v1/articles"), """
				{"language":"%s","title":"%s","body":"<p>Text.</p>","status":"%s"}""".formatted(language, title,
				status))
			.andExpect(status().isCreated())
			.andReturn());
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String json) throws Exception {
		if (!json.isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return this.mvc.perform(request.header(HttpHeaders.AUTHORIZATION, this.editor));
	}

}
