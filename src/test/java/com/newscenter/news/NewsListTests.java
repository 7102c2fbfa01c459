package com.newscenter.news;

import java.time.Duration;
import java.util.List;

import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The news list, the home page and their empty and error states.
 */
@SpringBootTest(properties = "newscenter.page-size=3")
@AutoConfigureMockMvc
class NewsListTests {

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
	void rootRedirectsToTheDefaultLanguage() throws Exception {
		this.mvc.perform(get("/")).andExpect(redirectedUrl("/en/"));
		this.mvc.perform(get("/zh")).andExpect(redirectedUrl("/zh/"));
	}

	@Test
	void listsNewestFirstWithPagination() throws Exception {
		for (int i = 5; i >= 1; i--) {
			this.content.article("en").title("Story " + i).publishedAgo(Duration.ofDays(i)).create();
		}

		Document first = page("/en/news");
		Document second = page("/en/news?page=2");

		assertThat(titles(first)).containsExactly("Story 1", "Story 2", "Story 3");
		assertThat(titles(second)).containsExactly("Story 4", "Story 5");
		assertThat(first.selectFirst("h1").text()).isEqualTo("News Center");
		Element pagination = first.selectFirst("[data-testid=pagination]");
		assertThat(pagination.select("a").eachAttr("href")).containsExactly("/en/news?page=2");
		assertThat(first.select("[data-testid=news-item] a[href^=/en/news/]")).hasSize(3);
	}

	@Test
	void categoryFilterNarrowsTheListAndKeepsItInPageLinks() throws Exception {
		for (int i = 1; i <= 4; i++) {
			this.content.article("en").title("Rail " + i).categories("rail").publishedAgo(Duration.ofDays(i)).create();
		}
		this.content.article("en").title("Energy").categories("energy").create();

		Document page = page("/en/news?category=rail");

		assertThat(titles(page)).containsExactly("Rail 1", "Rail 2", "Rail 3");
		Element filter = page.selectFirst("[data-testid=category-filter]");
		assertThat(filter.text()).startsWith("Check category");
		assertThat(filter.selectFirst("a[aria-current=page]").text()).isEqualTo("EN rail");
		assertThat(page.select("[data-testid=pagination] a").eachAttr("href"))
			.containsExactly("/en/news?category=rail&page=2");
		assertThat(page.selectFirst("[data-testid=breadcrumb]").text()).contains("EN rail");
	}

	@Test
	void emptyListShowsTheEmptyStateInEachLanguage() throws Exception {
		assertThat(page("/en/news").selectFirst("[data-testid=empty-state]").text())
			.contains("There is currently no information to display");
		assertThat(page("/zh/news").selectFirst("[data-testid=empty-state]").text()).contains("暂无信息");
		assertThat(page("/en/news").select("[data-testid=news-item]")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "-3", "0", "abc", "99999999999", "" })
	void oddPageNumbersFallBackToTheFirstPage(String number) throws Exception {
		this.content.article("en").title("Only").create();

		assertThat(titles(page("/en/news?page=" + number))).containsExactly("Only");
	}

	@Test
	void pageBeyondTheLastShowsTheEmptyState() throws Exception {
		this.content.article("en").create();

		assertThat(page("/en/news?page=50").select("[data-testid=empty-state]")).hasSize(1);
	}

	@Test
	void unknownCategoryAndLanguageAreNotFoundPages() throws Exception {
		assertNotFoundPage("/en/news?category=nope", "There is no category");
		assertNotFoundPage("/fr/news", "not published in");
		assertNotFoundPage("/en/news/999999", "does not exist");
		assertNotFoundPage("/en/nothing-here", "does not exist");
		assertNotFoundPage("/zh/news?category=nope", "分类");
	}

	@Test
	void homeShowsLatestNewsPerCategoryAndTheFooter() throws Exception {
		this.content.article("en").title("Rail story").categories("rail").create();
		this.content.article("zh").title("中文新闻").categories("rail").create();

		Document home = page("/en/");

		assertThat(titles(home)).containsExactly("Rail story");
		assertThat(home.select(".category-section h2").eachText()).containsExactly("EN rail");
		assertThat(home.select("[data-testid=site-footer]")).hasSize(1);
		assertThat(home.select("main")).hasSize(1);
		assertThat(home.select("header")).hasSize(1);
	}

	@Test
	void homeWithoutNewsShowsTheEmptyState() throws Exception {
		assertThat(page("/en/").select("[data-testid=empty-state]")).hasSize(1);
		assertThat(page("/en/").select("[data-testid=banner]")).isEmpty();
	}

	private void assertNotFoundPage(String path, String text) throws Exception {
		MvcResult result = this.mvc.perform(get(path)).andExpect(status().isNotFound()).andReturn();
		String body = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getContentType()).startsWith("text/html");
		assertThat(body).contains(text).doesNotContain("Exception").doesNotContain("at com.");
		assertThat(Jsoup.parse(body).select("[data-testid=site-footer]")).hasSize(1);
	}

	private static List<String> titles(Document page) {
		return page.select("[data-testid=news-item] .card-title").eachText();
	}

	private Document page(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
