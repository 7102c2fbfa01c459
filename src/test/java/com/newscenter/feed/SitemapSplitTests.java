package com.newscenter.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.newscenter.news.Article;
import com.newscenter.support.MutableClock;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Above the URL limit of one file (3 here, 50,000 in production) {@code /sitemap.xml}
 * becomes an index of per-language files that together hold every URL once; the news
 * sitemap's window follows the clock.
 */
@SpringBootTest(properties = "newscenter.feed.sitemap-max-urls=3")
@AutoConfigureMockMvc
class SitemapSplitTests {

	private static final String BASE = "http://localhost";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void manyUrlsMakeAnIndexOfPerLanguageFilesHoldingEachUrlOnce() throws Exception {
		List<String> english = new ArrayList<>(List.of(BASE + "/en/", BASE + "/en/news"));
		for (int i = 1; i <= 5; i++) {
			Article article = this.content.article("en").publishedAgo(Duration.ofHours(i)).create();
			english.add(BASE + "/en/news/" + article.id());
		}
		Article chinese = this.content.article("zh").create();

		Document index = xml("/sitemap.xml");

		assertThat(XmlDocs.elements(index, "/sm:urlset")).isEmpty();
		assertThat(XmlDocs.texts(index, "/sm:sitemapindex/sm:sitemap/sm:loc")).containsExactly(
				BASE + "/sitemap-en-1.xml", BASE + "/sitemap-en-2.xml", BASE + "/sitemap-en-3.xml",
				BASE + "/sitemap-zh-1.xml");
		List<String> listed = new ArrayList<>();
		for (int page = 1; page <= 3; page++) {
			List<String> locs = XmlDocs.texts(xml("/sitemap-en-" + page + ".xml"), "/sm:urlset/sm:url/sm:loc");
			assertThat(locs).as("page %d", page).hasSizeLessThanOrEqualTo(3);
			listed.addAll(locs);
		}
		assertThat(listed).containsExactlyElementsOf(english);
		assertThat(XmlDocs.texts(xml("/sitemap-zh-1.xml"), "/sm:urlset/sm:url/sm:loc")).containsExactly(BASE + "/zh/",
				BASE + "/zh/news", BASE + "/zh/news/" + chinese.id());
		this.mvc.perform(get("/sitemap-en-4.xml")).andExpect(status().isNotFound());
		this.mvc.perform(get("/sitemap-zh-2.xml")).andExpect(status().isNotFound());
	}

	@Test
	void newsSitemapWindowMovesWithTheClock() throws Exception {
		Article article = this.content.article("en").publishedAgo(Duration.ofHours(47)).create();
		String loc = BASE + "/en/news/" + article.id();

		assertThat(XmlDocs.texts(xml("/sitemap-news.xml"), "/sm:urlset/sm:url/sm:loc")).containsExactly(loc);
		this.clock.advance(Duration.ofHours(2));
		assertThat(XmlDocs.texts(xml("/sitemap-news.xml"), "/sm:urlset/sm:url/sm:loc")).isEmpty();
	}

	private Document xml(String path) throws Exception {
		return XmlDocs.parse(this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
	}

	/** A clock the tests move. */
	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.now());
		}

	}

}
