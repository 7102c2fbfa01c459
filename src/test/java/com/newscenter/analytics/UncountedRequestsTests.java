package com.newscenter.analytics;

import java.net.http.HttpResponse;
import java.util.UUID;

import com.newscenter.support.SiteClient;
import com.newscenter.news.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves over real HTTP that HEADs, prefetches, crawlers and requests without a
 * User-Agent are not views, while a browser's view right after them is.
 */
class UncountedRequestsTests extends SiteViewTests {

	@Test
	void doesNotCountHeadRequests() throws Exception {
		Article article = this.content.article("en").create();

		for (int i = 0; i < 2; i++) {
			HttpResponse<String> head = this.site.send("HEAD", SiteClient.pathOf(article), "User-Agent",
					SiteClient.BROWSER, "Cookie", "nc_vid=" + UUID.randomUUID());
			assertThat(head.statusCode()).isEqualTo(200);
		}

		assertOnlyTheNextBrowserViewCounts(article);
	}

	@ParameterizedTest
	@CsvSource({ "Sec-Purpose, prefetch", "Sec-Purpose, prefetch;prerender", "Purpose, prefetch" })
	void doesNotCountPrefetches(String header, String value) throws Exception {
		Article article = this.content.article("en").create();

		HttpResponse<String> prefetch = this.site.send("GET", SiteClient.pathOf(article), "User-Agent",
				SiteClient.BROWSER, "Cookie", "nc_vid=" + UUID.randomUUID(), header, value);

		assertThat(SiteClient.shownViews(prefetch)).isZero();
		assertOnlyTheNextBrowserViewCounts(article);
	}

	@Test
	void doesNotCountRequestsWithoutUserAgent() throws Exception {
		Article article = this.content.article("en").create();

		assertThat(this.site.getWithoutUserAgent(SiteClient.pathOf(article))).isEqualTo(200);
		assertThat(this.site.getWithoutUserAgent(SiteClient.pathOf(article))).isEqualTo(200);

		assertOnlyTheNextBrowserViewCounts(article);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
			"Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
			"Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
			"Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
			"Sogou web spider/4.0(+http://www.sogou.com/docs/help/webmasters.htm#07)",
			"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/96.0 Safari/537.36; 360Spider",
			"Mozilla/5.0 (Linux; Android 5.0) AppleWebKit/537.36 (compatible; Bytespider; spider-feedback@bytedance.com)",
			"FooCrawler/2.3", "SomeSpider/1.0", "examplebot" })
	void doesNotCountCrawlers(String userAgent) throws Exception {
		Article article = this.content.article("en").create();

		for (int i = 0; i < 2; i++) {
			HttpResponse<String> page = this.site.send("GET", SiteClient.pathOf(article), "User-Agent", userAgent,
					"Cookie", "nc_vid=" + UUID.randomUUID());
			assertThat(SiteClient.shownViews(page)).isZero();
		}

		assertOnlyTheNextBrowserViewCounts(article);
	}

	@Test
	void viewingOneArticleNeverChangesAnother() throws Exception {
		Article viewed = this.content.article("en").create();
		Article other = this.content.article("en").create();

		for (int i = 0; i < 5; i++) {
			this.site.view(viewed, UUID.randomUUID().toString());
		}
		this.site.send("GET", SiteClient.pathOf(viewed) + "/" + other.slug(), "User-Agent", SiteClient.BROWSER);
		this.counter.flush();

		assertThat(StoredViews.total(this.jdbc, viewed.id())).isEqualTo(6);
		assertThat(StoredViews.total(this.jdbc, other.id())).isZero();
		assertThat(StoredViews.daily(this.jdbc, other.id())).isZero();
		assertOnlyTheNextBrowserViewCounts(other);
	}

	@Test
	void doesNotCountListPagesTheApiOrRedirects() throws Exception {
		Article article = this.content.article("en").create();
		String visitor = "nc_vid=" + UUID.randomUUID();

		for (String path : new String[] { "/en/news", "/en/", "/api/v1/articles?lang=en",
				"/api/v1/articles/" + article.id(), "/zh/news/" + article.id() }) {
			HttpResponse<String> response = this.site.send("GET", path, "User-Agent", SiteClient.BROWSER, "Cookie",
					visitor);
			assertThat(response.statusCode()).as(path).isLessThan(400);
		}

		assertOnlyTheNextBrowserViewCounts(article);
	}

	@Test
	void apiShowsTheCountWithoutCountingItself() throws Exception {
		Article article = this.content.article("en").create();
		this.site.view(article, UUID.randomUUID().toString());

		HttpResponse<String> json = this.site.get("/api/v1/articles/" + article.id());

		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.body()).containsPattern("\"views\"\\s*:\\s*1\\b");
	}

	/**
	 * Checks that nothing so far was counted: a browser's view now is the first one, on
	 * the page and in the database.
	 */
	private void assertOnlyTheNextBrowserViewCounts(Article article) throws Exception {
		assertThat(this.site.view(article, UUID.randomUUID().toString())).isEqualTo(1);
		this.counter.flush();
		assertThat(StoredViews.total(this.jdbc, article.id())).isEqualTo(1);
	}

}
