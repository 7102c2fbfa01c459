package com.newscenter.news.api;

import java.time.Duration;

import com.newscenter.news.Article;
import com.newscenter.news.ArticleStatus;
import com.newscenter.support.ApiTest;
import com.newscenter.support.ApiTokens;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;

import static com.newscenter.support.ApiProblems.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reading articles through the JSON API: published ones only, newest first, in pages,
 * filtered by language and category, with every field of the contract.
 */
@ApiTest
class ArticleApiReadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	TestDatabase database;

	@Autowired
	ApiTokens tokens;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void listsPublishedArticlesNewestFirstInPages() throws Exception {
		Article oldest = this.content.article("en").publishedAgo(Duration.ofDays(3)).create();
		Article middle = this.content.article("en").publishedAgo(Duration.ofDays(2)).create();
		Article newest = this.content.article("en").publishedAgo(Duration.ofDays(1)).create();
		this.content.article("en").status(ArticleStatus.DRAFT).create();
		this.content.article("en").status(ArticleStatus.REVIEW).create();

		this.mvc.perform(get("/api/v1/articles?lang=en&size=2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(contains(id(newest), id(middle))))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.total").value(3));
		this.mvc.perform(get("/api/v1/articles?lang=en&size=2&page=2"))
			.andExpect(jsonPath("$.items[*].id").value(contains(id(oldest))))
			.andExpect(jsonPath("$.page").value(2));
	}

	@Test
	void filtersByLanguage() throws Exception {
		this.content.article("en").create();
		Article chinese = this.content.article("zh").create();

		this.mvc.perform(get("/api/v1/articles?lang=zh"))
			.andExpect(jsonPath("$.items[*].id").value(contains(id(chinese))))
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void withoutALanguageListsEveryLanguage() throws Exception {
		Article english = this.content.article("en").categories("rail").publishedAgo(Duration.ofDays(2)).create();
		Article chinese = this.content.article("zh").categories("rail").publishedAgo(Duration.ofDays(1)).create();
		this.content.article("zh").categories("energy").publishedAgo(Duration.ofDays(3)).create();

		this.mvc.perform(get("/api/v1/articles?size=2"))
			.andExpect(jsonPath("$.items[*].id").value(contains(id(chinese), id(english))))
			.andExpect(jsonPath("$.items[*].language").value(contains("zh", "en")))
			.andExpect(jsonPath("$.total").value(3));
		this.mvc.perform(get("/api/v1/articles?category=rail"))
			.andExpect(jsonPath("$.items[*].id").value(contains(id(chinese), id(english))))
			.andExpect(jsonPath("$.total").value(2));
	}

	@Test
	void filtersByCategory() throws Exception {
		Article rail = this.content.article("en").categories("rail").publishedAgo(Duration.ofDays(1)).create();
		this.content.article("en").categories("energy").create();
		Article both = this.content.article("en").categories("energy", "rail").create();

		this.mvc.perform(get("/api/v1/articles?lang=en&category=rail"))
			.andExpect(jsonPath("$.items[*].id").value(contains(id(both), id(rail))))
			.andExpect(jsonPath("$.total").value(2));
	}

	@Test
	void listedArticleCarriesTheFieldsOfTheContract() throws Exception {
		Article english = this.content.article("en")
			.title("Bridge Opens Today")
			.summary("A new bridge.")
			.categories("rail")
			.create();
		Article chinese = this.content.article("zh").translationOf(english.id()).create();

		this.mvc.perform(get("/api/v1/articles?lang=en"))
			.andExpect(jsonPath("$.items[0].id").value(english.id()))
			.andExpect(jsonPath("$.items[0].language").value("en"))
			.andExpect(jsonPath("$.items[0].title").value("Bridge Opens Today"))
			.andExpect(jsonPath("$.items[0].slug").value("bridge-opens-today"))
			.andExpect(jsonPath("$.items[0].summary").value("A new bridge."))
			.andExpect(jsonPath("$.items[0].url").value(startsWith("http")))
			.andExpect(jsonPath("$.items[0].url").value(endsWith("/en/news/" + english.id())))
			.andExpect(jsonPath("$.items[0].status").value("published"))
			.andExpect(jsonPath("$.items[0].publishedAt").isNotEmpty())
			.andExpect(jsonPath("$.items[0].categories[0].slug").value("rail"))
			.andExpect(jsonPath("$.items[0].categories[0].name").value("EN rail"))
			.andExpect(jsonPath("$.items[0].views").value(0))
			.andExpect(jsonPath("$.items[0].translations.en").value(english.id()))
			.andExpect(jsonPath("$.items[0].translations.zh").value(chinese.id()))
			.andExpect(jsonPath("$.items[0].body").doesNotExist());
	}

	@Test
	void namesCategoriesInTheArticlesLanguage() throws Exception {
		Article chinese = this.content.article("zh").categories("rail").create();

		this.mvc.perform(get("/api/v1/articles/" + chinese.id()))
			.andExpect(jsonPath("$.categories[0].slug").value("rail"))
			.andExpect(jsonPath("$.categories[0].name").value("中文 rail"));
	}

	@Test
	void singleArticleAddsTheBody() throws Exception {
		Article article = this.content.article("en").body("<p>The whole <strong>story</strong>.</p>").create();

		this.mvc.perform(get("/api/v1/articles/" + article.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(article.id()))
			.andExpect(jsonPath("$.url").value(endsWith("/en/news/" + article.id())))
			.andExpect(jsonPath("$.translations.en").value(article.id()))
			.andExpect(jsonPath("$.body").value("<p>The whole <strong>story</strong>.</p>"));
	}

	@Test
	void hidesADraftFromAnonymousReaders() throws Exception {
		Article draft = this.content.article("en").status(ArticleStatus.DRAFT).create();

		this.mvc.perform(get("/api/v1/articles/" + draft.id())).andExpect(problem(HttpStatus.NOT_FOUND));
	}

	@Test
	void showsADraftToStaff() throws Exception {
		Article draft = this.content.article("en").status(ArticleStatus.DRAFT).create();

		this.mvc.perform(get("/api/v1/articles/" + draft.id()).header(HttpHeaders.AUTHORIZATION, this.tokens.editor()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("draft"));
	}

	private static int id(Article article) {
		return Math.toIntExact(article.id());
	}

}
