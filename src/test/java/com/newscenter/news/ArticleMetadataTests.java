package com.newscenter.news;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import com.newscenter.media.Media;
import com.newscenter.media.MediaService;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import com.newscenter.support.TestImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The article page tells search engines and social networks what it is: canonical,
 * description, Open Graph, Twitter card, JSON-LD and {@code hreflang} alternates.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ArticleMetadataTests {

	private static final String BASE = "http://localhost";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	TestDatabase database;

	@Autowired
	MediaService media;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void articleWithCoverHasFullMetadata() throws Exception {
		Media cover = this.media.store("cover.png", TestImages.png(1200, 630));
		Article article = this.content.article("en")
			.title("Bridge opens")
			.summary("The summary.")
			.seo("Bridge opens to traffic", "Search description.")
			.cover(cover.id())
			.create();
		String canonical = BASE + "/en/news/" + article.id();

		Document page = page("/en/news/" + article.id() + "/bridge-opens");

		assertThat(page.select("link[rel=canonical]").eachAttr("href")).containsExactly(canonical);
		assertThat(meta(page, "name", "description")).isEqualTo("Search description.");
		assertThat(meta(page, "property", "og:title")).isEqualTo("Bridge opens to traffic");
		assertThat(meta(page, "property", "og:description")).isEqualTo("Search description.");
		assertThat(meta(page, "property", "og:type")).isEqualTo("article");
		assertThat(meta(page, "property", "og:url")).isEqualTo(canonical);
		assertThat(meta(page, "property", "og:image")).isEqualTo(BASE + cover.url());
		assertThat(OffsetDateTime.parse(meta(page, "property", "article:published_time")).toInstant())
			.isEqualTo(article.publishedAt().truncatedTo(ChronoUnit.SECONDS));
		assertThat(meta(page, "name", "twitter:card")).isEqualTo("summary_large_image");
		assertThat(meta(page, "name", "twitter:image")).isEqualTo(BASE + cover.url());

		JsonNode data = jsonLd(page);
		assertThat(data.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(data.get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(data.get("headline").asString()).isEqualTo("Bridge opens");
		assertThat(OffsetDateTime.parse(data.get("datePublished").asString()).toInstant())
			.isEqualTo(article.publishedAt().truncatedTo(ChronoUnit.SECONDS));
		assertThat(OffsetDateTime.parse(data.get("dateModified").asString())).isNotNull();
		assertThat(data.get("image").get(0).asString()).isEqualTo(BASE + cover.url());
		assertThat(data.get("author").get(0).get("@type").asString()).isEqualTo("Organization");
		assertThat(data.get("author").get(0).get("name").asString()).isEqualTo("NewsCenter");
		assertThat(data.get("publisher").get("name").asString()).isEqualTo("NewsCenter");
		assertThat(data.get("publisher").get("url").asString()).isEqualTo(BASE + "/en/");
	}

	@Test
	void articleWithoutCoverOrSeoFieldsFallsBackToTitleAndSummary() throws Exception {
		Article article = this.content.article("zh").title("通信信号").summary("摘要。").create();

		Document page = page("/zh/news/" + article.id());

		assertThat(meta(page, "name", "description")).isEqualTo("摘要。");
		assertThat(meta(page, "property", "og:title")).isEqualTo("通信信号");
		assertThat(page.select("meta[property=og:image]")).isEmpty();
		assertThat(meta(page, "name", "twitter:card")).isEqualTo("summary");
		assertThat(jsonLd(page).has("image")).isFalse();
		assertThat(jsonLd(page).get("inLanguage").asString()).isEqualTo("zh-CN");
	}

	@Test
	void scriptEndInTitleCannotBreakOutOfTheJsonLdBlock() throws Exception {
		String title = "Hi </script><script>alert(1)</script><!-- x";
		Article article = this.content.article("en").title(title).create();

		String html = this.mvc.perform(get("/en/news/" + article.id()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);

		assertThat(html).contains("Hi <\\/script><script>alert(1)<\\/script>\\u003c!-- x");
		assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
		assertThat(page.select("script").stream().filter((s) -> s.data().contains("alert(1)")))
			.allMatch((s) -> s.attr("type").equals("application/ld+json"));
		assertThat(jsonLd(page).get("headline").asString()).isEqualTo(title);
	}

	@Test
	void translationsLinkEachOtherBothWaysInHeadAndSwitcher() throws Exception {
		Article chinese = this.content.article("zh").create();
		Article english = this.content.article("en").translationOf(chinese.id()).create();
		String zhUrl = BASE + "/zh/news/" + chinese.id();
		String enUrl = BASE + "/en/news/" + english.id();

		Document zhPage = page("/zh/news/" + chinese.id());
		Document enPage = page("/en/news/" + english.id());

		for (Document page : new Document[] { zhPage, enPage }) {
			assertThat(hreflang(page, "zh")).isEqualTo(zhUrl);
			assertThat(hreflang(page, "en")).isEqualTo(enUrl);
			assertThat(hreflang(page, "x-default")).isEqualTo(enUrl);
		}
		assertThat(switchTo(zhPage, "en")).isEqualTo("/en/news/" + english.id());
		assertThat(switchTo(enPage, "zh")).isEqualTo("/zh/news/" + chinese.id());
		assertThat(zhPage.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(enPage.selectFirst("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void untranslatedArticleHasOnlyItselfAsAlternate() throws Exception {
		Article alone = this.content.article("en").create();

		Document page = page("/en/news/" + alone.id());

		assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("en",
				"x-default");
		assertThat(switchTo(page, "zh")).isEqualTo("/zh/news");
	}

	private String hreflang(Document page, String lang) {
		Element link = page.selectFirst("head link[rel=alternate][hreflang=" + lang + "]");
		assertThat(link).as(lang).isNotNull();
		return link.attr("href");
	}

	private static String switchTo(Document page, String lang) {
		return page.selectFirst("[data-testid=language-switch] a[hreflang=" + lang + "]").attr("href");
	}

	private static String meta(Document page, String attribute, String name) {
		Element meta = page.selectFirst("head meta[" + attribute + "=" + name + "]");
		assertThat(meta).as(name).isNotNull();
		return meta.attr("content");
	}

	private JsonNode jsonLd(Document page) {
		return this.json.readTree(page.selectFirst("script[type=application/ld+json]").data());
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).header("User-Agent", "Mozilla/5.0 test"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
