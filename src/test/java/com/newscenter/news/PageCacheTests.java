package com.newscenter.news;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.newscenter.account.Actor;
import com.newscenter.analytics.ViewCounter;
import com.newscenter.audit.Audited;
import com.newscenter.site.SiteSettings;
import com.newscenter.site.SiteSettingsService;
import com.newscenter.support.SiteClient;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public pages come from the page cache once rendered, look exactly as rendered, still
 * count every view, and show a change the moment it is made.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PageCacheTests {

	private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

	/** Headers that differ between two responses by nature. */
	private static final Set<String> PER_RESPONSE = Set.of("date", "set-cookie");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestContent content;

	@Autowired
	TestDatabase database;

	@Autowired
	ArticleEditor editor;

	@Autowired
	SiteSettingsService settings;

	@Autowired
	ViewCounter counter;

	@Autowired
	MeterRegistry meters;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PageCache cache;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	ServletWebServerApplicationContext server;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void aRepeatedPageIsServedFromTheCacheAsItWasRendered() throws Exception {
		this.content.article("en").title("Harbour crane delivered").create();
		double hits = hits();

		HttpResponse<String> rendered = get("/en/news", "visitor-1");
		HttpResponse<String> cached = get("/en/news", "visitor-1");

		assertThat(hits() - hits).isEqualTo(1);
		assertThat(cached.statusCode()).isEqualTo(200);
		assertThat(cached.body()).isEqualTo(rendered.body()).contains("Harbour crane delivered");
		assertThat(headers(cached)).isEqualTo(headers(rendered));
		assertThat(headers(cached)).containsKeys("content-security-policy", "x-content-type-options", "content-type",
				"content-language");
	}

	@Test
	void aCachedPageStillGivesANewVisitorTheCookie() throws Exception {
		get("/en/news", "visitor-1");

		HttpResponse<String> cached = get("/en/news", null);

		assertThat(cached.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("nc_vid=").contains("HttpOnly"));
	}

	@Test
	void aCachedArticlePageCountsEveryDistinctVisitorAndShowsTheLiveCount() throws Exception {
		Article article = this.content.article("en").title("Tunnel breakthrough").create();
		String path = "/en/news/" + article.id();
		double hits = hits();

		List<Long> shown = List.of(views(get(path, "a")), views(get(path, "b")), views(get(path, "c")),
				views(get(path, "a")), views(get(path, "d")));
		long byCrawler = views(send(path, "Googlebot/2.1 (+http://www.google.com/bot.html)", "e"));
		this.counter.flush();

		assertThat(hits() - hits).isEqualTo(5);
		assertThat(shown).containsExactly(1L, 2L, 3L, 3L, 4L);
		assertThat(byCrawler).isEqualTo(4);
		assertThat(storedViews(article)).isEqualTo(4);
	}

	@Test
	void trackingParametersAreServedFromTheKeptPageAndStillCount() throws Exception {
		Article article = this.content.article("en").create();
		String path = "/en/news/" + article.id();
		HttpResponse<String> plain = get(path, "a");
		double hits = hits();

		HttpResponse<String> shared = get(path + "?utm_source=newsletter&fbclid=IwAR0x9", "b");
		HttpResponse<String> again = get(path + "?fbclid=IwAR1y8", "c");

		assertThat(hits() - hits).isEqualTo(2);
		assertThat(List.of(views(plain), views(shared), views(again))).containsExactly(1L, 2L, 3L);
		assertThat(shared.body().replace("article-views\">2<", "article-views\">1<")).isEqualTo(plain.body());
	}

	@Test
	void theListsParametersKeepTheirOwnPages() throws Exception {
		this.content.category("harbour");
		this.content.category("rail");
		for (int i = 0; i < 12; i++) {
			this.content.article("en").title("Harbour item " + i).categories("harbour").create();
		}
		this.content.article("en").title("Rail item").categories("rail").create();
		HttpResponse<String> second = get("/en/news?category=harbour&page=2", "a");
		double hits = hits();

		HttpResponse<String> tagged = get("/en/news?utm_campaign=x&page=2&category=harbour", "a");
		HttpResponse<String> first = get("/en/news?category=harbour&page=1&utm_campaign=x", "a");
		HttpResponse<String> rail = get("/en/news?category=rail&utm_campaign=x", "a");

		assertThat(hits() - hits).as("only the tagged second page is a hit").isEqualTo(1);
		assertThat(tagged.body()).isEqualTo(second.body());
		assertThat(first.body()).isNotEqualTo(second.body());
		assertThat(rail.body()).contains("Rail item").doesNotContain("Harbour item");
	}

	@Test
	void anEditedArticleShowsAtOnce() throws Exception {
		Article article = this.content.article("en").title("Old headline").create();
		String path = "/en/news/" + article.id();
		get(path, "a");
		get("/en/news", "a");

		this.editor.update(article.id(),
				new ArticleInput(null, "New headline", null, null, null, null, null, null, null), Actor.SYSTEM);

		assertThat(get(path, "a").body()).contains("New headline").doesNotContain("Old headline");
		assertThat(get("/en/news", "a").body()).contains("New headline").doesNotContain("Old headline");
	}

	@Test
	void aNewArticleShowsOnTheCachedListAtOnce() throws Exception {
		this.content.article("en").title("First story").create();
		get("/en/news", "a");

		this.content.article("en").title("Second story").create();

		assertThat(get("/en/news", "a").body()).contains("First story", "Second story");
	}

	@Test
	void aSettingsChangeShowsOnCachedPagesAtOnce() throws Exception {
		this.content.article("en").title("Any story").create();
		get("/en/", "a");

		this.settings.update(new SiteSettings(Map.of("en", "Harbour Works", "zh", "港务"), "© 2026 Harbour Works", null,
				null, null, null), Actor.SYSTEM);

		assertThat(get("/en/", "a").body()).contains("© 2026 Harbour Works");
	}

	@Test
	void accountWritesKeepTheCachedPagesButContentWritesDropThem() throws Exception {
		this.content.article("en").title("Depot opens").create();
		get("/en/news", "visitor-1");
		double hits = hits();

		this.events.publishEvent(new Audited(Actor.SYSTEM, "token.create", "user:1", null));
		this.events.publishEvent(new Audited(Actor.SYSTEM, "user.role", "user:1", null));
		get("/en/news", "visitor-1");
		this.events.publishEvent(new Audited(Actor.SYSTEM, "media.upload", "media:1", null));
		get("/en/news", "visitor-1");

		assertThat(hits() - hits).as("a hit after the account writes, a miss after the upload").isEqualTo(1);
	}

	@Test
	void errorsAndRedirectsAreNotCached() throws Exception {
		Article article = this.content.article("zh").title("隧道贯通").create();
		double hits = hits();

		HttpResponse<String> missing = get("/en/news/999999", "a");
		HttpResponse<String> missingAgain = get("/en/news/999999", "a");
		HttpResponse<String> otherLanguage = get("/en/news/" + article.id(), "a");
		HttpResponse<String> otherLanguageAgain = get("/en/news/" + article.id(), "a");

		assertThat(List.of(missing.statusCode(), missingAgain.statusCode())).containsOnly(404);
		assertThat(List.of(otherLanguage.statusCode(), otherLanguageAgain.statusCode())).containsOnly(301);
		assertThat(hits() - hits).isZero();
	}

	@Test
	void anUnpublishedArticleIsGoneAtOnce() throws Exception {
		Article article = this.content.article("en").title("Short-lived").create();
		String path = "/en/news/" + article.id();
		get(path, "a");

		this.editor.update(article.id(), ArticleInput.status(ArticleStatus.UNPUBLISHED), Actor.SYSTEM);

		assertThat(get(path, "a").statusCode()).isEqualTo(404);
	}

	@Test
	void feedsAreKeptAndAFeedReaderAskingAgainGets304UntilTheFeedChanges() throws Exception {
		this.content.article("en").title("Harbour crane delivered").create();
		HttpResponse<String> rendered = get("/en/feed.rss", "reader");
		String etag = rendered.headers().firstValue("ETag").orElseThrow();
		double hits = hits();

		HttpResponse<String> kept = get("/en/feed.rss", "reader");
		HttpResponse<String> unchanged = send("/en/feed.rss", BROWSER, "reader", etag);
		this.content.article("zh").title("港口起重机交付").create();
		HttpResponse<String> renderedAgain = send("/en/feed.rss", BROWSER, "reader", etag);
		this.content.article("en").title("Tunnel breakthrough").create();
		HttpResponse<String> changed = send("/en/feed.rss", BROWSER, "reader", etag);

		assertThat(hits() - hits).isEqualTo(2);
		assertThat(rendered.statusCode()).isEqualTo(200);
		assertThat(rendered.headers().firstValue("Content-Type")).contains("application/rss+xml;charset=UTF-8");
		assertThat(kept.body()).isEqualTo(rendered.body());
		assertThat(kept.headers().firstValue("ETag")).contains(etag);
		assertThat(unchanged.statusCode()).isEqualTo(304);
		assertThat(unchanged.body()).isEmpty();
		assertThat(unchanged.headers().firstValue("ETag")).contains(etag);
		assertThat(unchanged.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(renderedAgain.statusCode()).as("another language's article leaves the feed as it was")
			.isEqualTo(304);
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).contains("Tunnel breakthrough");
		assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
	}

	@Test
	void aListPageAnswersAConditionalRequestButAnArticlePageAlwaysCounts() throws Exception {
		Article article = this.content.article("en").title("Tunnel breakthrough").create();
		String list = get("/en/news", "visitor-1").headers().firstValue("ETag").orElseThrow();
		String path = "/en/news/" + article.id();
		HttpResponse<String> first = get(path, "a");

		HttpResponse<String> listAgain = send("/en/news", BROWSER, "visitor-1", list);
		HttpResponse<String> any = send(path, BROWSER, "b", "*");
		HttpResponse<String> same = send(path, BROWSER, "c", "*");

		assertThat(listAgain.statusCode()).isEqualTo(304);
		assertThat(first.headers().firstValue("ETag")).isEmpty();
		assertThat(List.of(views(first), views(any), views(same))).containsExactly(1L, 2L, 3L);
		assertThat(same.headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void aKeptPageAndItsHeadersLeaveInOneWrite() throws Exception {
		Article article = this.content.article("en").title("Quay extension").create();
		HttpResponse<String> page = get("/en/news/" + article.id(), "a");
		int headers = page.headers()
			.map()
			.entrySet()
			.stream()
			.mapToInt((header) -> header.getKey().length() + 4 + String.join(", ", header.getValue()).length())
			.sum();
		Connector connector = ((TomcatWebServer) this.server.getWebServer()).getTomcat().getConnector();

		assertThat(String.valueOf(connector.getProperty("socket.appWriteBufSize"))).isEqualTo("16384");
		assertThat(page.body().getBytes(StandardCharsets.UTF_8).length + headers).isLessThan(16 * 1024);
	}

	@Test
	void aPageRenderedWhileContentChangedIsNotKept() {
		CachedPage page = new CachedPage("text/html;charset=UTF-8", java.util.Locale.ENGLISH, List.of(), new byte[1],
				-1, -1, null, null, null, null);
		long renderedIn = this.cache.generation();
		this.cache.put("before-change", page, renderedIn);

		this.cache.clear();
		this.cache.put("during-change", page, renderedIn);
		this.cache.put("after-change", page, this.cache.generation());

		assertThat(this.cache.get("before-change")).isNull();
		assertThat(this.cache.get("during-change")).isNull();
		assertThat(this.cache.get("after-change")).isSameAs(page);
	}

	private HttpResponse<String> get(String path, String visitor) throws IOException, InterruptedException {
		return send(path, BROWSER, visitor);
	}

	private HttpResponse<String> send(String path, String userAgent, String visitor)
			throws IOException, InterruptedException {
		return send(path, userAgent, visitor, null);
	}

	private HttpResponse<String> send(String path, String userAgent, String visitor, String ifNoneMatch)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("User-Agent", userAgent);
		if (visitor != null) {
			request.header("Cookie", "nc_vid=" + visitor);
		}
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static long views(HttpResponse<String> response) {
		return SiteClient.shownViews(response);
	}

	private static Map<String, List<String>> headers(HttpResponse<String> response) {
		Map<String, List<String>> headers = new TreeMap<>();
		response.headers().map().forEach((name, values) -> {
			if (!PER_RESPONSE.contains(name.toLowerCase())) {
				headers.put(name.toLowerCase(), values);
			}
		});
		return headers;
	}

	private double hits() {
		return this.meters.counter("newscenter.page-cache.requests", "result", "hit").count();
	}

	private long storedViews(Article article) {
		return this.jdbc.sql("SELECT views FROM article WHERE id = ?").param(article.id()).query(Long.class).single();
	}

}
