package com.newscenter.news;

import java.time.Duration;

import com.newscenter.support.QrDecoder;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
 * The article page shows every part the contract names, with working hooks.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicPagesTests {

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
	void articlePageShowsItsParts() throws Exception {
		Article article = this.content.article("en")
			.title("Bridge <opens> & more")
			.body("<p>The bridge opened.</p>")
			.categories("projects")
			.create();

		Document page = page("/en/news/" + article.id());

		assertThat(page.selectFirst("[data-testid=breadcrumb]").text()).startsWith("Current location:")
			.endsWith("Bridge <opens> & more");
		assertThat(page.selectFirst("[data-testid=article-title]").text()).isEqualTo("Bridge <opens> & more");
		assertThat(page.selectFirst("[data-testid=article-categories]").text()).contains("EN projects");
		assertThat(page.selectFirst("[data-testid=article-body]").html()).isEqualTo("<p>The bridge opened.</p>");
		Element time = page.selectFirst("time[data-testid=article-time]");
		assertThat(java.time.OffsetDateTime.parse(time.attr("datetime")).toInstant())
			.isEqualTo(article.publishedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		assertThat(page.selectFirst("[data-testid=article-views]").text()).matches("\\d+");
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.text()).contains("Scan the QR code to read on your phone");
	}

	@ParameterizedTest
	@CsvSource({ "/en/, Current location: Home", "/zh/, 当前位置： 首页", "/en/news, Current location: Home › News Center",
			"/en/search, Current location: Home › Search", "/en/no-such-page, Current location: Home › Page not found",
			"/zh/news/999999, 当前位置： 首页 › 页面不存在" })
	void everyPageSaysWhereTheReaderIs(String path, String trail) throws Exception {
		MvcResult result = this.mvc.perform(get(path)).andReturn();

		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("[data-testid=breadcrumb]")).hasSize(1);
		assertThat(page.selectFirst("[data-testid=breadcrumb]").text()).isEqualTo(trail);
		assertThat(page.selectFirst("[data-testid=breadcrumb] [aria-current=page]")).isNotNull();
	}

	@Test
	void titleMarkupIsEscaped() throws Exception {
		Article article = this.content.article("en").title("<script>alert(1)</script>").create();

		String html = this.mvc.perform(get("/en/news/" + article.id())).andReturn().getResponse().getContentAsString();

		assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void qrCodeDecodesToTheCanonicalUrl() throws Exception {
		Article article = this.content.article("zh").title("通信信号升级").create();

		Document page = page("/zh/news/" + article.id());
		Element qr = page.selectFirst("[data-testid=qr-code]");

		String canonical = page.selectFirst("link[rel=canonical]").attr("href");
		assertThat(canonical).isEqualTo("http://localhost/zh/news/" + article.id());
		assertThat(QrDecoder.decode(qr.outerHtml())).isEqualTo(canonical);
	}

	@Test
	void neighboursLinkToNewerAndOlderArticles() throws Exception {
		Article older = this.content.article("en").publishedAgo(Duration.ofDays(3)).create();
		Article middle = this.content.article("en").publishedAgo(Duration.ofDays(2)).create();
		Article newer = this.content.article("en").publishedAgo(Duration.ofDays(1)).create();

		Document page = page("/en/news/" + middle.id());

		assertThat(page.selectFirst("[data-testid=prev-article]").attr("href")).isEqualTo("/en/news/" + older.id());
		assertThat(page.selectFirst("[data-testid=next-article]").attr("href")).isEqualTo("/en/news/" + newer.id());
		assertThat(page("/en/news/" + newer.id()).select("[data-testid=next-article]")).isEmpty();
	}

	@Test
	void languageSwitchLandsOnTheTranslationOrTheNewsList() throws Exception {
		Article english = this.content.article("en").create();
		Article chinese = this.content.article("zh").translationOf(english.id()).create();
		Article alone = this.content.article("en").create();

		assertThat(switchTo(page("/en/news/" + english.id()), "zh")).isEqualTo("/zh/news/" + chinese.id());
		assertThat(switchTo(page("/zh/news/" + chinese.id()), "en")).isEqualTo("/en/news/" + english.id());
		assertThat(switchTo(page("/en/news/" + alone.id()), "zh")).isEqualTo("/zh/news");
		assertThat(page("/zh/news/" + chinese.id()).selectFirst("html").attr("lang")).isEqualTo("zh-CN");
	}

	@Test
	void unpublishedArticlesAreNotFound() throws Exception {
		Article draft = this.content.article("en").status(ArticleStatus.DRAFT).create();

		MvcResult result = this.mvc.perform(get("/en/news/" + draft.id())).andExpect(status().isNotFound()).andReturn();

		assertThat(result.getResponse().getContentAsString()).contains("Page not found").doesNotContain("Exception");
	}

	@Test
	void articleInAnotherLanguageRedirectsToItsOwnUrl() throws Exception {
		Article chinese = this.content.article("zh").create();

		this.mvc.perform(get("/en/news/" + chinese.id()))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/zh/news/" + chinese.id()));
	}

	@Test
	void aSlugMayFollowTheId() throws Exception {
		Article article = this.content.article("en").title("Tunnel breakthrough").create();

		Document page = page("/en/news/" + article.id() + "/tunnel-breakthrough");

		assertThat(page.selectFirst("[data-testid=article-title]").text()).isEqualTo("Tunnel breakthrough");
		assertThat(page.selectFirst("link[rel=canonical]").attr("href")).endsWith("/en/news/" + article.id());
	}

	private String switchTo(Document page, String lang) {
		return page.selectFirst("[data-testid=language-switch] a[hreflang=" + lang + "]").attr("href");
	}

	private Document page(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).header("User-Agent", "Mozilla/5.0 test"))
			.andExpect(status().isOk())
			.andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
