package com.newscenter.search;

import java.time.Duration;
import java.util.stream.IntStream;

import com.newscenter.news.Article;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search page: a prompt, results with highlighted snippets and pagination, the empty
 * state, a refusal of too long queries; and the search box in every page's header.
 */
@SpringBootTest(properties = "newscenter.page-size=2")
@AutoConfigureMockMvc
class SearchPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	TestDatabase database;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void resultsAreListedWithHighlightsAndPages() throws Exception {
		IntStream.rangeClosed(1, 3)
			.forEach((i) -> this.content.article("en")
				.title("Railway " + i)
				.summary("The railway & the <city> " + i + ".")
				.publishedAgo(Duration.ofDays(i))
				.create());

		Document first = page("/en/search?q=railways");
		Document second = page("/en/search?q=railways&page=2");

		assertThat(titles(first)).containsExactly("Railway 1", "Railway 2");
		assertThat(titles(second)).containsExactly("Railway 3");
		Element item = first.selectFirst("[data-testid=news-item]");
		assertThat(item.selectFirst("a").attr("href")).matches("/en/news/\\d+");
		assertThat(item.selectFirst("time").attr("datetime")).isNotEmpty();
		assertThat(item.selectFirst("[data-testid=search-highlight]").html())
			.isEqualTo("The <mark>railway</mark> &amp; the &lt;city&gt; 1.");
		assertThat(first.selectFirst("[data-testid=search-count]").text()).isEqualTo("3 results for “railways”");
		assertThat(first.select("[data-testid=pagination] a").eachAttr("href"))
			.containsExactly("/en/search?q=railways&page=2");
		assertThat(first.selectFirst("#search-q").val()).isEqualTo("railways");
		assertThat(first.select("[data-testid=empty-state]")).isEmpty();
		assertThat(first.selectFirst("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void chineseResultsAreShownInChinese() throws Exception {
		Article article = this.content.article("zh").title("匈塞铁路全线贯通").summary("铁路连接两国。").create();

		Document page = page("/zh/search?q=铁路");

		assertThat(titles(page)).containsExactly("匈塞铁路全线贯通");
		assertThat(page.selectFirst("[data-testid=news-item] a").attr("href")).isEqualTo("/zh/news/" + article.id());
		assertThat(page.selectFirst("[data-testid=search-highlight]").html()).isEqualTo("<mark>铁路</mark>连接两国。");
		assertThat(page.selectFirst("[data-testid=search-count]").text()).isEqualTo("共找到 1 条与“铁路”相关的结果");
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
	}

	@Test
	void queriesKeepTheirSpecialCharactersInPageLinks() throws Exception {
		IntStream.rangeClosed(1, 3).forEach((i) -> this.content.article("en").title("R&D news " + i).create());

		Document page = page(get("/en/search").param("q", "R&D news"));

		assertThat(page.select("[data-testid=pagination] a").eachAttr("href"))
			.containsExactly("/en/search?q=R%26D%20news&page=2");
		assertThat(page.select("[data-testid=language-switch] a").eachAttr("href"))
			.contains("/zh/search?q=R%26D%20news");
	}

	@Test
	void nothingFoundShowsTheEmptyState() throws Exception {
		this.content.article("en").title("Railway opens").create();

		Document page = page("/en/search?q=zeppelin");

		assertThat(page.select("[data-testid=news-item]")).isEmpty();
		assertThat(page.selectFirst("[data-testid=empty-state]").text())
			.contains("There is currently no information to display");
		assertThat(page.select("[data-testid=pagination]")).isEmpty();
	}

	@Test
	void nothingFoundHereLeadsToWhatTheOtherLanguageHolds() throws Exception {
		this.content.article("zh").title("匈塞铁路全线贯通").create();
		this.content.article("zh").title("铁路桥梁").create();
		this.content.article("en").title("Railway opens").create();

		Document english = page("/en/search?q=铁路");
		Document chinese = page("/zh/search?q=railway");
		Document found = page("/en/search?q=railway");
		Document nowhere = page("/en/search?q=zeppelin");

		assertThat(english.selectFirst("[data-testid=search-count]").text()).isEqualTo("No results for “铁路”");
		Element elsewhere = english.selectFirst("[data-testid=search-elsewhere] a");
		assertThat(elsewhere.text()).isEqualTo("Found in 中文: 2 results");
		assertThat(elsewhere.attr("href")).isEqualTo("/zh/search?q=%E9%93%81%E8%B7%AF");
		assertThat(elsewhere.selectFirst("span[lang=zh]").text()).as("read out in its language").isEqualTo("中文");
		assertThat(chinese.selectFirst("[data-testid=search-count]").text()).isEqualTo("没有找到与“railway”相关的结果");
		assertThat(chinese.selectFirst("[data-testid=search-elsewhere] a").text()).isEqualTo("在 English 内容中找到 1 条结果");
		assertThat(found.selectFirst("[data-testid=search-count]").text()).isEqualTo("1 result for “railway”");
		assertThat(found.select("[data-testid=search-elsewhere]")).as("only when nothing is found here").isEmpty();
		assertThat(nowhere.select("[data-testid=search-elsewhere]")).isEmpty();
	}

	@Test
	void aBlankQueryShowsAPrompt() throws Exception {
		for (String query : new String[] { null, "", "  ", "\t" }) {
			Document page = page((query != null) ? get("/en/search").param("q", query) : get("/en/search"));

			assertThat(page.selectFirst("[data-testid=search-prompt]").text()).isNotBlank();
			assertThat(page.select("[data-testid=news-item], [data-testid=empty-state]")).isEmpty();
		}
	}

	@Test
	void aTooLongQueryIsRefusedWithAMessage() throws Exception {
		MvcResult result = this.mvc.perform(get("/en/search").param("q", "a".repeat(201)))
			.andExpect(status().isBadRequest())
			.andReturn();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());

		assertThat(page.selectFirst("[data-testid=search-error]").text()).contains("at most 200 characters");
		assertThat(page.selectFirst("#search-q").val()).hasSize(200);
		this.mvc.perform(get("/en/search").param("q", "a".repeat(200))).andExpect(status().isOk());
	}

	@Test
	void markupInTheQueryIsShownEscaped() throws Exception {
		String html = this.mvc.perform(get("/en/search").param("q", "\"><script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).doesNotContain("<script>alert(1)")
			.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"")
			.contains("“&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;”");
	}

	@Test
	void anUnknownLanguageIsNotFound() throws Exception {
		this.mvc.perform(get("/fr/search?q=x")).andExpect(status().isNotFound());
	}

	@Test
	void everyPageHeaderHasASearchBoxForItsLanguage() throws Exception {
		for (String lang : new String[] { "en", "zh" }) {
			for (String path : new String[] { "/", "/news", "/search" }) {
				Element form = page("/" + lang + path).selectFirst("header form[role=search]");

				assertThat(form.attr("action")).isEqualTo("/" + lang + "/search");
				assertThat(form.attr("method")).isEqualTo("get");
				String id = form.selectFirst("input[name=q]").id();
				assertThat(form.selectFirst("label[for=" + id + "]").text()).isNotBlank();
				assertThat(form.select("button[type=submit]")).hasSize(1);
			}
		}
	}

	private static java.util.List<String> titles(Document page) {
		return page.select("[data-testid=news-item] .card-title").eachText();
	}

	private Document page(String path) throws Exception {
		return page(get(path));
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
