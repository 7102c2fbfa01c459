package com.newscenter.news.api;

import com.newscenter.news.Article;
import com.newscenter.support.ApiTest;
import com.newscenter.support.ApiTokens;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static com.newscenter.support.ApiProblems.badField;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * Articles the JSON API refuses, each with a 400 naming the field at fault, and nothing
 * stored.
 */
@ApiTest
class ArticleApiValidationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	TestContent content;

	@Autowired
	TestDatabase database;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void refusesAnArticleWithoutATitle() throws Exception {
		create("""
				{"language":"en","body":"<p>b</p>","status":"published"}""").andExpect(badField("title"));
		this.mvc.perform(get("/api/v1/articles?lang=en")).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void refusesAnUnknownLanguage() throws Exception {
		create("""
				{"language":"fr","title":"Bonjour","body":"<p>b</p>"}""").andExpect(badField("language"))
			.andExpect(jsonPath("$.detail").value(containsString("en")));
	}

	@Test
	void refusesAnUnknownCategory() throws Exception {
		create("""
				{"language":"en","title":"T","body":"<p>b</p>","categories":["nope"]}""")
			.andExpect(badField("categories"))
			.andExpect(jsonPath("$.detail").value(containsString("nope")));
	}

	@Test
	void refusesATranslationOfAMissingArticle() throws Exception {
		create("""
				{"language":"zh","title":"T","body":"<p>b</p>","translationOf":99999999}""")
			.andExpect(badField("translationOf"));
	}

	@Test
	void refusesATranslationInTheSameLanguage() throws Exception {
		Article english = this.content.article("en").create();

		create("""
				{"language":"en","title":"T","body":"<p>b</p>","translationOf":%d}""".formatted(english.id()))
			.andExpect(badField("translationOf"));
	}

	@Test
	void refusesASecondTranslationIntoALanguage() throws Exception {
		Article english = this.content.article("en").create();
		this.content.article("zh").translationOf(english.id()).create();

		create("""
				{"language":"zh","title":"T","body":"<p>b</p>","translationOf":%d}""".formatted(english.id()))
			.andExpect(badField("translationOf"))
			.andExpect(jsonPath("$.detail").value(containsString("already has a translation")));
	}

	@Test
	void refusesAnUnknownStatus() throws Exception {
		create("""
				{"language":"en","title":"T","body":"<p>b</p>","status":"bogus"}""").andExpect(badField("status"));
	}

	private ResultActions create(String json) throws Exception {
		return this.mvc.perform(post("/api/v1/articles").header(HttpHeaders.AUTHORIZATION, this.tokens.editor())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

}
