package com.newscenter.news.api;

import com.newscenter.support.ApiResults;
import com.newscenter.support.ApiTest;
import com.newscenter.support.ApiTokens;
import com.newscenter.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static com.newscenter.support.ApiProblems.badField;
import static com.newscenter.support.ApiProblems.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The article API from writing to reading and back, against a real database; run on H2
 * and on PostgreSQL by the subclasses.
 */
@ApiTest
abstract class ArticleApiRoundTripTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	TestDatabase database;

	private String editor;

	@BeforeEach
	void clean() {
		this.database.clean();
		this.editor = this.tokens.editor();
	}

	@Test
	void writtenArticlesAndTheirTranslationsAreReadBack() throws Exception {
		send(post("/api/v1/categories"), """
				{"slug":"ports","names":{"en":"Ports","zh":"港口"}}""").andExpect(status().isCreated());
		long english = ApiResults.id(send(post("/api/v1/articles"), """
				{"language":"en","title":"Port Opens","summary":"Ships return.","body":"<p>Ships <i>return</i>.</p>",
				 "categories":["ports"],"status":"published","publishAt":"2025-03-01T08:00:00Z"}""")
			.andExpect(status().isCreated())
			.andReturn());
		long chinese = ApiResults.id(send(post("/api/v1/articles"), """
				{"language":"zh","title":"港口开放","body":"<p>船回来了。</p>","categories":["ports"],
				 "status":"published","publishAt":"2025-03-01T09:00:00Z","translationOf":%d}""".formatted(english))
			.andExpect(status().isCreated())
			.andReturn());

		this.mvc.perform(get("/api/v1/articles?lang=zh&category=ports"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(chinese))
			.andExpect(jsonPath("$.items[0].categories[0].name").value("港口"))
			.andExpect(jsonPath("$.items[0].translations.en").value(english));
		this.mvc.perform(get("/api/v1/articles/" + english))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Port Opens"))
			.andExpect(jsonPath("$.slug").value("port-opens"))
			.andExpect(jsonPath("$.summary").value("Ships return."))
			.andExpect(jsonPath("$.body").value("<p>Ships <i>return</i>.</p>"))
			.andExpect(jsonPath("$.url").value(endsWith("/en/news/" + english)))
			.andExpect(jsonPath("$.publishedAt").value("2025-03-01T08:00:00Z"))
			.andExpect(jsonPath("$.categories[0].name").value("Ports"))
			.andExpect(jsonPath("$.translations.zh").value(chinese));
	}

	@Test
	void timesOfIssueBeyondFourDigitYearsAreRefusedAndTheEdgesKept() throws Exception {
		for (String at : new String[] { "+300000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "0999-12-31T23:59:59Z" }) {
			send(post("/api/v1/articles"),
					"""
							{"language":"en","title":"Far","body":"<p>f</p>","status":"published","publishAt":"%s"}"""
						.formatted(at))
				.andExpect(badField("publishAt"))
				.andExpect(jsonPath("$.detail").value(containsString("1000")));
		}
		long last = ApiResults.id(send(post("/api/v1/articles"), """
				{"language":"en","title":"Last","body":"<p>l</p>","status":"scheduled",
				 "publishAt":"9999-12-31T23:59:59Z"}""").andExpect(status().isCreated()).andReturn());
		send(patch("/api/v1/articles/" + last), """
				{"publishAt":"+10000-01-01T00:00:00Z"}""").andExpect(badField("publishAt"));
		long first = ApiResults.id(send(post("/api/v1/articles"), """
				{"language":"en","title":"First","body":"<p>f</p>","status":"published",
				 "publishAt":"1000-01-01T00:00:00Z"}""").andExpect(status().isCreated()).andReturn());

		this.mvc.perform(get("/api/v1/articles/" + first))
			.andExpect(jsonPath("$.publishedAt").value("1000-01-01T00:00:00Z"));
		this.mvc.perform(get("/api/v1/articles?lang=en")).andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void draftIsPublishedByAChangeAndGoneAfterDeletion() throws Exception {
		long older = ApiResults.id(send(post("/api/v1/articles"), """
				{"language":"en","title":"Older","body":"<p>o</p>","status":"published",
				 "publishAt":"2025-01-01T00:00:00Z"}""").andReturn());
		long draft = ApiResults.id(send(post("/api/v1/articles"), """
				{"language":"en","title":"Draft","body":"<p>d</p>","status":"draft"}""")
			.andExpect(jsonPath("$.status").value("draft"))
			.andExpect(content().string(containsString("\"publishedAt\":null")))
			.andExpect(content().string(containsString("\"summary\":")))
			.andReturn());
		this.mvc.perform(get("/api/v1/articles/" + draft)).andExpect(problem(HttpStatus.NOT_FOUND));

		send(patch("/api/v1/articles/" + draft), """
				{"title":"Published","status":"published"}""").andExpect(status().isOk());

		this.mvc.perform(get("/api/v1/articles?lang=en"))
			.andExpect(jsonPath("$.items[*].id").value(contains((int) draft, (int) older)))
			.andExpect(jsonPath("$.items[0].title").value("Published"));

		send(delete("/api/v1/articles/" + draft), "").andExpect(status().isNoContent());

		this.mvc.perform(get("/api/v1/articles/" + draft)).andExpect(problem(HttpStatus.NOT_FOUND));
		this.mvc.perform(get("/api/v1/articles?lang=en"))
			.andExpect(jsonPath("$.items[*].id").value(contains((int) older)));
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String json) throws Exception {
		if (!json.isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return this.mvc.perform(request.header(HttpHeaders.AUTHORIZATION, this.editor));
	}

}
