package com.newscenter.news;

import java.time.Duration;

import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Lists carry a canonical URL with their category and page, pagination links and
 * {@code hreflang} alternates.
 */
@SpringBootTest(properties = "newscenter.page-size=3")
@AutoConfigureMockMvc
class ListMetadataTests {

	private static final String BASE = "http://localhost";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	TestDatabase database;

	@BeforeEach
	void clean() {
		this.database.clean();
		for (int i = 1; i <= 7; i++) {
			this.content.article("en").categories("rail").publishedAgo(Duration.ofHours(i)).create();
		}
	}

	@Test
	void firstPageHasNextOnly() throws Exception {
		Document page = page("/en/news?page=1");

		assertThat(href(page, "canonical")).isEqualTo(BASE + "/en/news");
		assertThat(page.select("link[rel=prev]")).isEmpty();
		assertThat(href(page, "next")).isEqualTo(BASE + "/en/news?page=2");
		assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("href")).containsExactly(BASE + "/en/news",
				BASE + "/zh/news", BASE + "/en/news");
	}

	@Test
	void middlePageOfACategoryHasBothAndKeepsTheCategory() throws Exception {
		Document page = page("/en/news?category=rail&page=2");

		assertThat(href(page, "canonical")).isEqualTo(BASE + "/en/news?category=rail&page=2");
		assertThat(href(page, "prev")).isEqualTo(BASE + "/en/news?category=rail");
		assertThat(href(page, "next")).isEqualTo(BASE + "/en/news?category=rail&page=3");
		assertThat(page.selectFirst("link[rel=alternate][hreflang=zh]").attr("href"))
			.isEqualTo(BASE + "/zh/news?category=rail&page=2");
	}

	@Test
	void lastPageHasPrevOnlyAndHomeIsCanonical() throws Exception {
		Document last = page("/en/news?page=3");
		Document home = page("/zh/");

		assertThat(href(last, "prev")).isEqualTo(BASE + "/en/news?page=2");
		assertThat(last.select("link[rel=next]")).isEmpty();
		assertThat(href(home, "canonical")).isEqualTo(BASE + "/zh/");
		assertThat(home.selectFirst("link[rel=alternate][hreflang=x-default]").attr("href")).isEqualTo(BASE + "/en/");
	}

	private static String href(Document page, String rel) {
		assertThat(page.select("head link[rel=" + rel + "]")).as(rel).hasSize(1);
		return page.selectFirst("head link[rel=" + rel + "]").attr("href");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(
				this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
