package com.newscenter.search.api;

import java.time.Duration;

import com.newscenter.news.Article;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static com.newscenter.support.ApiProblems.badField;
import static com.newscenter.support.ApiProblems.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/search}: the contract's shape, absolute URLs, highlights, paging,
 * and problem JSON for bad input.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	TestDatabase database;

	Article inTitleAndSummary;

	Article inTitle;

	@BeforeEach
	void corpus() {
		this.database.clean();
		this.inTitleAndSummary = this.content.article("zh")
			.title("通信信号系统")
			.summary("信号<升级>完成")
			.publishedAgo(Duration.ofDays(2))
			.create();
		this.inTitle = this.content.article("zh").title("信号工厂").publishedAgo(Duration.ofDays(1)).create();
		this.content.article("en").title("Signal factory").create();
	}

	@Test
	void answersTheContractShape() throws Exception {
		this.mvc.perform(get("/api/v1/search").param("q", "信号").param("lang", "zh"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[*].id")
				.value(contains((int) this.inTitleAndSummary.id(), (int) this.inTitle.id())))
			.andExpect(jsonPath("$.items[0].title").value("通信信号系统"))
			.andExpect(jsonPath("$.items[0].url").value("http://localhost/zh/news/" + this.inTitleAndSummary.id()))
			.andExpect(jsonPath("$.items[0].highlight").value("<mark>信号</mark>&lt;升级&gt;完成"))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(10));
	}

	@Test
	void pagesThroughTheResults() throws Exception {
		this.mvc
			.perform(get("/api/v1/search").param("q", "信号").param("lang", "zh").param("size", "1").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[*].id").value(contains((int) this.inTitle.id())));
	}

	@Test
	void searchesEveryLanguageWhenNoneIsNamed() throws Exception {
		this.mvc.perform(get("/api/v1/search").param("q", "信号"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[0].url").value("http://localhost/zh/news/" + this.inTitleAndSummary.id()));
		this.mvc.perform(get("/api/v1/search").param("q", "signals"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].title").value("Signal factory"))
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void eachLanguagesWordsAreFoundByItsOwnAnalyzerAndEachHitLinksToItsLanguage() throws Exception {
		Article chinese = this.content.article("zh").title("Signals 信号灯").publishedAgo(Duration.ofDays(3)).create();
		this.mvc.perform(get("/api/v1/search").param("q", "signal"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[*].url").value(containsInAnyOrder(startsWith("http://localhost/en/news/"),
					is("http://localhost/zh/news/" + chinese.id()))));
		this.mvc.perform(get("/api/v1/search").param("q", "信号灯"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].url").value("http://localhost/zh/news/" + chinese.id()));
		this.mvc.perform(get("/api/v1/search").param("q", "signal").param("lang", "en"))
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void nothingFoundIsAnEmptyList() throws Exception {
		this.mvc.perform(get("/api/v1/search").param("q", "!!!").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isEmpty())
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void refusesMissingBlankAndTooLongQueries() throws Exception {
		this.mvc.perform(get("/api/v1/search").param("lang", "en")).andExpect(badField("q"));
		this.mvc.perform(get("/api/v1/search").param("q", " ")).andExpect(badField("q"));
		this.mvc.perform(get("/api/v1/search").param("q", "x".repeat(201))).andExpect(badField("q"));
		this.mvc.perform(get("/api/v1/search").param("q", "x".repeat(200))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/search").param("q", "x").param("page", "0")).andExpect(badField("page"));
		this.mvc.perform(get("/api/v1/search").param("q", "x").param("size", "1000")).andExpect(badField("size"));
		this.mvc.perform(get("/api/v1/search").param("q", "x").param("page", "abc")).andExpect(badField("page"));
	}

	@Test
	void anUnknownLanguageIsNotFound() throws Exception {
		this.mvc.perform(get("/api/v1/search").param("q", "x").param("lang", "fr"))
			.andExpect(problem(HttpStatus.NOT_FOUND));
	}

}
