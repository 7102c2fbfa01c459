package com.newscenter.feed;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.newscenter.news.Article;
import com.newscenter.news.ArticleStatus;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
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
 * The sitemap lists every public URL with {@code lastmod} and reciprocal {@code hreflang}
 * alternates; robots.txt names it; the news sitemap holds the last 48 hours.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SitemapTests {

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
	void sitemapListsHomesListsAndPublishedArticlesWithLastmod() throws Exception {
		Article english = this.content.article("en").create();
		Article alone = this.content.article("zh").create();
		Article draft = this.content.article("en").status(ArticleStatus.DRAFT).create();

		MockHttpServletResponse response = fetch("/sitemap.xml");
		Document sitemap = XmlDocs.parse(response.getContentAsByteArray());

		assertThat(response.getContentType()).isEqualTo("application/xml;charset=UTF-8");
		assertThat(XmlDocs.texts(sitemap, "/sm:urlset/sm:url/sm:loc"))
			.containsExactlyInAnyOrder(BASE + "/en/", BASE + "/en/news", BASE + "/zh/", BASE + "/zh/news",
					BASE + "/en/news/" + english.id(), BASE + "/zh/news/" + alone.id())
			.doesNotContain(BASE + "/en/news/" + draft.id());
		Element url = url(sitemap, BASE + "/en/news/" + english.id());
		String lastmod = XmlDocs.text(url, "sm:lastmod");
		assertThat(lastmod).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
		assertThat(OffsetDateTime.parse(lastmod).toInstant()).isEqualTo(
				english.updatedAt().isAfter(english.publishedAt()) ? english.updatedAt().truncatedTo(ChronoUnit.SECONDS)
						: english.publishedAt().truncatedTo(ChronoUnit.SECONDS));
		assertThat(XmlDocs.text(url(sitemap, BASE + "/en/"), "xhtml:link[@hreflang='zh']/@href"))
			.isEqualTo(BASE + "/zh/");
		assertThat(XmlDocs.text(url(sitemap, BASE + "/zh/news"), "xhtml:link[@hreflang='x-default']/@href"))
			.isEqualTo(BASE + "/en/news");
	}

	@Test
	void translationsLinkEachOtherBothWaysWithXDefault() throws Exception {
		Article chinese = this.content.article("zh").create();
		Article english = this.content.article("en").translationOf(chinese.id()).create();
		String zhUrl = BASE + "/zh/news/" + chinese.id();
		String enUrl = BASE + "/en/news/" + english.id();

		Document sitemap = XmlDocs.parse(fetch("/sitemap.xml").getContentAsByteArray());

		for (String loc : List.of(zhUrl, enUrl)) {
			Element url = url(sitemap, loc);
			assertThat(XmlDocs.text(url, "xhtml:link[@hreflang='zh']/@href")).as(loc).isEqualTo(zhUrl);
			assertThat(XmlDocs.text(url, "xhtml:link[@hreflang='en']/@href")).as(loc).isEqualTo(enUrl);
			assertThat(XmlDocs.text(url, "xhtml:link[@hreflang='x-default']/@href")).as(loc).isEqualTo(enUrl);
			assertThat(XmlDocs.texts(url, "xhtml:link/@rel")).containsOnly("alternate");
		}
	}

	@Test
	void unpublishedTranslationsAreNoAlternates() throws Exception {
		Article english = this.content.article("en").create();
		this.content.article("zh").translationOf(english.id()).status(ArticleStatus.DRAFT).create();

		Document sitemap = XmlDocs.parse(fetch("/sitemap.xml").getContentAsByteArray());

		Element url = url(sitemap, BASE + "/en/news/" + english.id());
		assertThat(XmlDocs.texts(url, "xhtml:link/@hreflang")).containsExactly("en", "x-default");
	}

	@Test
	void perLanguageFilesExistUpToTheirLastPage() throws Exception {
		this.content.article("en").create();

		Document file = XmlDocs.parse(fetch("/sitemap-en-1.xml").getContentAsByteArray());

		assertThat(XmlDocs.texts(file, "/sm:urlset/sm:url/sm:loc")).hasSize(3).allMatch((loc) -> loc.contains("/en/"));
		this.mvc.perform(get("/sitemap-en-2.xml"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
		this.mvc.perform(get("/sitemap-fr-1.xml")).andExpect(status().isNotFound());
		this.mvc.perform(get("/sitemap-en-0.xml")).andExpect(status().isNotFound());
	}

	@Test
	void robotsAllowsTheSiteAndNamesTheSitemap() throws Exception {
		MockHttpServletResponse response = fetch("/robots.txt");

		assertThat(response.getContentType()).startsWith("text/plain");
		assertThat(response.getContentAsString().lines().toList()).contains("User-agent: *", "Allow: /",
				"Disallow: /admin", "Disallow: /api", "Sitemap: " + BASE + "/sitemap.xml",
				"Sitemap: " + BASE + "/sitemap-news.xml");
	}

	@Test
	void newsSitemapHoldsTheLastTwoDays() throws Exception {
		Article recent = this.content.article("zh").title("新闻 <标题>").publishedAgo(Duration.ofHours(1)).create();
		Article yesterday = this.content.article("en").publishedAgo(Duration.ofHours(47)).create();
		Article old = this.content.article("en").publishedAgo(Duration.ofHours(49)).create();
		Article scheduled = this.content.article("en")
			.status(ArticleStatus.SCHEDULED)
			.publishAt(Instant.now().plus(Duration.ofHours(1)))
			.create();

		Document news = XmlDocs.parse(fetch("/sitemap-news.xml").getContentAsByteArray());

		assertThat(XmlDocs.texts(news, "/sm:urlset/sm:url/sm:loc"))
			.containsExactlyInAnyOrder(BASE + "/en/news/" + yesterday.id(), BASE + "/zh/news/" + recent.id())
			.doesNotContain(BASE + "/en/news/" + old.id(), BASE + "/en/news/" + scheduled.id());
		Element url = url(news, BASE + "/zh/news/" + recent.id());
		assertThat(XmlDocs.text(url, "news:news/news:publication/news:name")).isEqualTo("NewsCenter");
		assertThat(XmlDocs.text(url, "news:news/news:publication/news:language")).isEqualTo("zh-cn");
		assertThat(XmlDocs.text(url, "news:news/news:title")).isEqualTo("新闻 <标题>");
		assertThat(OffsetDateTime.parse(XmlDocs.text(url, "news:news/news:publication_date")).toInstant())
			.isEqualTo(recent.publishedAt().truncatedTo(ChronoUnit.SECONDS));
		assertThat(XmlDocs.text(url(news, BASE + "/en/news/" + yesterday.id()),
				"news:news/news:publication/news:language"))
			.isEqualTo("en");
	}

	private static Element url(Document sitemap, String loc) throws Exception {
		List<Element> urls = XmlDocs.elements(sitemap, "/sm:urlset/sm:url[sm:loc='" + loc + "']");
		assertThat(urls).as(loc).hasSize(1);
		return urls.get(0);
	}

	private MockHttpServletResponse fetch(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
	}

}
