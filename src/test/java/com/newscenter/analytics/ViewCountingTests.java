package com.newscenter.analytics;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.newscenter.support.SiteClient;
import com.newscenter.news.Article;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves over real HTTP that a view counts once per visitor, whether the visitor is known
 * by the {@code nc_vid} cookie or by client address and User-Agent.
 */
class ViewCountingTests extends SiteViewTests {

	@Test
	void countsFirstViewAndShowsTheCountWithIt() throws Exception {
		Article article = this.content.article("en").create();

		assertThat(this.site.view(article, visitor())).isEqualTo(1);
		assertThat(this.site.view(article, visitor())).isEqualTo(2);
		this.counter.flush();

		assertThat(StoredViews.total(this.jdbc, article.id())).isEqualTo(2);
	}

	@Test
	void firstResponseSetsTheVisitorCookie() throws Exception {
		Article article = this.content.article("en").create();

		HttpResponse<String> first = this.site.get(SiteClient.pathOf(article));
		String cookie = SiteClient.visitorCookie(first);

		assertThat(cookie).isNotNull();
		List<String> attributes = Arrays.stream(cookie.split(";")).map(String::trim).toList();
		assertThat(SiteClient.visitorId(cookie)).matches("[A-Za-z0-9_-]{16,64}");
		assertThat(attributes).contains("Path=/", "HttpOnly", "SameSite=Lax");
		HttpResponse<String> next = this.site.get(SiteClient.pathOf(article), SiteClient.visitorId(cookie));
		assertThat(SiteClient.visitorCookie(next)).isNull();
	}

	@Test
	void givesEachNewVisitorTheirOwnId() throws Exception {
		Article article = this.content.article("en").create();

		String first = SiteClient.visitorCookie(this.site.get(SiteClient.pathOf(article)));
		String second = SiteClient.visitorCookie(this.site.get(SiteClient.pathOf(article)));

		assertThat(SiteClient.visitorId(first)).isNotEqualTo(SiteClient.visitorId(second));
	}

	@Test
	void longVisitorIdsThatStartAlikeAreDistinctVisitors() throws Exception {
		Article article = this.content.article("en").create();
		String prefix = "v".repeat(200);

		assertThat(this.site.view(article, prefix + "-1")).isEqualTo(1);
		assertThat(this.site.view(article, prefix + "-2")).isEqualTo(2);
		assertThat(this.site.view(article, prefix + "-1")).isEqualTo(2);
	}

	@Test
	void countsRepeatViewOnce() throws Exception {
		Article article = this.content.article("en").create();
		String visitor = visitor();

		assertThat(this.site.view(article, visitor)).isEqualTo(1);
		assertThat(this.site.view(article, visitor)).isEqualTo(1);
		assertThat(this.site.view(article, visitor)).isEqualTo(1);
		this.counter.flush();

		assertThat(StoredViews.total(this.jdbc, article.id())).isEqualTo(1);
	}

	@Test
	void countsCookielessFirstViewAndTheViewsWithItsCookieOnce() throws Exception {
		Article article = this.content.article("en").create();

		HttpResponse<String> first = this.site.get(SiteClient.pathOf(article));
		String visitor = SiteClient.visitorId(SiteClient.visitorCookie(first));

		assertThat(SiteClient.shownViews(first)).isEqualTo(1);
		assertThat(this.site.view(article, visitor)).isEqualTo(1);
		assertThat(this.site.view(article, visitor)).isEqualTo(1);
		this.counter.flush();
		assertThat(StoredViews.total(this.jdbc, article.id())).isEqualTo(1);
	}

	@Test
	void countsRepeatCookielessViewsFromOneAddressAndUserAgentOnce() throws Exception {
		Article article = this.content.article("en").create();

		assertThat(SiteClient.shownViews(this.site.get(SiteClient.pathOf(article)))).isEqualTo(1);
		assertThat(SiteClient.shownViews(this.site.get(SiteClient.pathOf(article)))).isEqualTo(1);
		assertThat(SiteClient.shownViews(this.site.get(SiteClient.pathOf(article)))).isEqualTo(1);
		this.counter.flush();

		assertThat(StoredViews.total(this.jdbc, article.id())).isEqualTo(1);
	}

	@Test
	void countsCookielessViewWithAnotherUserAgentAgain() throws Exception {
		Article article = this.content.article("en").create();
		String path = SiteClient.pathOf(article);

		assertThat(SiteClient.shownViews(this.site.get(path))).isEqualTo(1);
		assertThat(SiteClient.shownViews(this.site.send("GET", path, "User-Agent", SiteClient.BROWSER + " Other")))
			.isEqualTo(2);
	}

	@Test
	void countsADifferentCookieAgain() throws Exception {
		Article article = this.content.article("en").create();

		assertThat(this.site.view(article, "first-visitor-" + UUID.randomUUID())).isEqualTo(1);
		assertThat(this.site.view(article, "x")).isEqualTo(2);
		assertThat(this.site.view(article, "x")).isEqualTo(2);
		this.counter.flush();

		assertThat(StoredViews.total(this.jdbc, article.id())).isEqualTo(2);
	}

	@Test
	void countsEachArticleOncePerVisitor() throws Exception {
		Article first = this.content.article("en").create();
		Article second = this.content.article("en").create();
		String visitor = visitor();

		assertThat(this.site.view(first, visitor)).isEqualTo(1);
		assertThat(this.site.view(second, visitor)).isEqualTo(1);
		assertThat(this.site.view(first, visitor)).isEqualTo(1);
	}

	private static String visitor() {
		return UUID.randomUUID().toString();
	}

}
