package com.newscenter.feed;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.newscenter.news.Article;
import com.newscenter.news.ArticleStatus;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * RSS 2.0 and Atom 1.0 feeds per language and category: newest 20, absolute links, stable
 * ids, dates in each format's form, summary and full body.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FeedTests {

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
	}

	@Test
	void rssHoldsTheNewestTwentyWithPermanentAbsoluteLinks() throws Exception {
		List<Article> stories = new ArrayList<>();
		for (int i = 22; i >= 1; i--) {
			stories.add(0, this.content.article("en").title("Story " + i).publishedAgo(Duration.ofHours(i)).create());
		}
		this.content.article("zh").title("中文新闻").create();
		this.content.article("en").title("Draft").status(ArticleStatus.DRAFT).create();

		MockHttpServletResponse response = fetch("/en/feed.rss");
		Document rss = XmlDocs.parse(response.getContentAsByteArray());

		assertThat(response.getContentType()).isEqualTo("application/rss+xml;charset=UTF-8");
		assertThat(XmlDocs.text(rss, "/rss/@version")).isEqualTo("2.0");
		assertThat(XmlDocs.text(rss, "/rss/channel/link")).isEqualTo(BASE + "/en/news");
		assertThat(XmlDocs.text(rss, "/rss/channel/language")).isEqualTo("en");
		assertThat(XmlDocs.text(rss, "/rss/channel/atom:link[@rel='self']/@href")).isEqualTo(BASE + "/en/feed.rss");
		List<Element> items = XmlDocs.elements(rss, "/rss/channel/item");
		assertThat(items).hasSize(20);
		assertThat(XmlDocs.texts(rss, "/rss/channel/item/title")).startsWith("Story 1", "Story 2")
			.doesNotContain("Story 21", "中文新闻", "Draft");
		Article first = stories.get(0);
		Element item = items.get(0);
		String url = BASE + "/en/news/" + first.id();
		assertThat(XmlDocs.text(item, "link")).isEqualTo(url);
		assertThat(XmlDocs.text(item, "guid")).isEqualTo(url);
		assertThat(XmlDocs.text(item, "guid/@isPermaLink")).isEqualTo("true");
		assertThat(XmlDocs.text(item, "description")).isEqualTo("Summary.");
		assertThat(XmlDocs.text(item, "content:encoded")).isEqualTo("<p>Body text.</p>");
		String pubDate = XmlDocs.text(item, "pubDate");
		assertThat(pubDate).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
		assertThat(ZonedDateTime.parse(pubDate, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
			.isEqualTo(seconds(first.publishedAt()));
		assertThat(ZonedDateTime.parse(XmlDocs.text(rss, "/rss/channel/lastBuildDate"),
				DateTimeFormatter.RFC_1123_DATE_TIME))
			.isNotNull();
	}

	@Test
	void atomHoldsEntriesWithRfc3339DatesAndHtmlContent() throws Exception {
		Article article = this.content.article("zh")
			.title("铁路通车")
			.summary("摘要")
			.body("<p>全文 <a href=\"/zh/news\">新闻</a></p>")
			.categories("rail")
			.create();

		MockHttpServletResponse response = fetch("/zh/feed.atom");
		Document atom = XmlDocs.parse(response.getContentAsByteArray());

		assertThat(response.getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
		assertThat(XmlDocs.text(atom, "/atom:feed/@xml:lang")).isEqualTo("zh-CN");
		assertThat(XmlDocs.text(atom, "/atom:feed/atom:link[@rel='self']/@href")).isEqualTo(BASE + "/zh/feed.atom");
		assertThat(XmlDocs.text(atom, "/atom:feed/atom:link[@rel='alternate']/@href")).isEqualTo(BASE + "/zh/news");
		assertThat(XmlDocs.text(atom, "/atom:feed/atom:author/atom:name")).isNotBlank();
		assertThat(OffsetDateTime.parse(XmlDocs.text(atom, "/atom:feed/atom:updated"))).isNotNull();
		Element entry = XmlDocs.elements(atom, "/atom:feed/atom:entry").get(0);
		String url = BASE + "/zh/news/" + article.id();
		assertThat(XmlDocs.text(entry, "atom:id")).isEqualTo(url);
		assertThat(XmlDocs.text(entry, "atom:link[@rel='alternate']/@href")).isEqualTo(url);
		assertThat(XmlDocs.text(entry, "atom:title")).isEqualTo("铁路通车");
		assertThat(XmlDocs.text(entry, "atom:summary")).isEqualTo("摘要");
		assertThat(XmlDocs.text(entry, "atom:category/@term")).isEqualTo("rail");
		assertThat(XmlDocs.text(entry, "atom:category/@label")).isEqualTo("中文 rail");
		String published = XmlDocs.text(entry, "atom:published");
		assertThat(published).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
		assertThat(OffsetDateTime.parse(published).toInstant()).isEqualTo(seconds(article.publishedAt()));
		assertThat(OffsetDateTime.parse(XmlDocs.text(entry, "atom:updated"))).isNotNull();
		assertThat(XmlDocs.text(entry, "atom:content/@type")).isEqualTo("html");
		assertThat(XmlDocs.text(entry, "atom:content")).contains("全文").contains("href=\"" + BASE + "/zh/news\"");
	}

	@Test
	void categoryFeedsHoldOnlyThatCategory() throws Exception {
		this.content.article("en").title("Rail story").categories("rail").create();
		this.content.article("en").title("Energy story").categories("energy").create();

		Document rss = XmlDocs.parse(fetch("/en/feed.rss?category=rail").getContentAsByteArray());
		Document atom = XmlDocs.parse(fetch("/en/feed.atom?category=energy").getContentAsByteArray());

		assertThat(XmlDocs.texts(rss, "/rss/channel/item/title")).containsExactly("Rail story");
		assertThat(XmlDocs.text(rss, "/rss/channel/link")).isEqualTo(BASE + "/en/news?category=rail");
		assertThat(XmlDocs.text(rss, "/rss/channel/title")).contains("EN rail");
		assertThat(XmlDocs.texts(rss, "/rss/channel/item/category")).containsExactly("EN rail");
		assertThat(XmlDocs.texts(atom, "/atom:feed/atom:entry/atom:title")).containsExactly("Energy story");
		assertThat(XmlDocs.text(atom, "/atom:feed/atom:link[@rel='self']/@href"))
			.isEqualTo(BASE + "/en/feed.atom?category=energy");
	}

	@Test
	void emptyFeedsAreValidAndUnknownLanguagesOrCategoriesAreNotFound() throws Exception {
		assertThat(XmlDocs.elements(XmlDocs.parse(fetch("/en/feed.rss").getContentAsByteArray()), "/rss/channel/item"))
			.isEmpty();
		assertThat(XmlDocs.text(XmlDocs.parse(fetch("/zh/feed.rss").getContentAsByteArray()), "/rss/channel/language"))
			.isEqualTo("zh-cn");
		this.mvc.perform(get("/fr/feed.rss")).andExpect(status().isNotFound());
		this.mvc.perform(get("/fr/feed.atom")).andExpect(status().isNotFound());
		this.mvc.perform(get("/en/feed.rss?category=nope")).andExpect(status().isNotFound());
		this.mvc.perform(get("/en/feed.atom?category=nope"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
	}

	@Test
	void markupInTitlesIsEscapedNotInjected() throws Exception {
		this.content.article("en").title("A <b>bold</b> & \"quoted\" title").create();

		Document rss = XmlDocs.parse(fetch("/en/feed.rss").getContentAsByteArray());

		assertThat(XmlDocs.text(rss, "/rss/channel/item/title")).isEqualTo("A <b>bold</b> & \"quoted\" title");
		assertThat(XmlDocs.elements(rss, "//b")).isEmpty();
	}

	@Test
	void everyPublicPageAnnouncesItsLanguageFeeds() throws Exception {
		Article article = this.content.article("zh").categories("rail").create();

		for (String path : List.of("/zh/", "/zh/news", "/zh/news/" + article.id(), "/zh/news/999999")) {
			org.jsoup.nodes.Document page = Jsoup
				.parse(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
			assertThat(page.select("head link[rel=alternate][type=application/rss+xml]").eachAttr("href")).as(path)
				.containsExactly("/zh/feed.rss");
			assertThat(page.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href")).as(path)
				.containsExactly("/zh/feed.atom");
		}
		org.jsoup.nodes.Document category = Jsoup
			.parse(this.mvc.perform(get("/zh/news?category=rail")).andReturn().getResponse().getContentAsString());
		assertThat(category.select("head link[rel=alternate][type=application/rss+xml]").eachAttr("href"))
			.containsExactly("/zh/feed.rss", "/zh/feed.rss?category=rail");
		assertThat(category.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("title"))
			.allSatisfy((title) -> assertThat(title).isNotBlank());
	}

	private MockHttpServletResponse fetch(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
	}

	private static Instant seconds(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS);
	}

}
