package com.newscenter.news;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.newscenter.account.Actor;
import com.newscenter.site.SiteSettings;
import com.newscenter.site.SiteSettingsService;
import com.newscenter.support.Postgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Two nodes on one PostgreSQL, each keeping rendered pages for ten minutes: a change made
 * on one node (an article, a new article, the footer) shows on the other within seconds,
 * since the nodes share a content version, written once a second for any number of
 * changes, and a node keeps its pages while nothing changes.
 */
class TwoNodePageCacheTests {

	private static final Duration AT_MOST = Duration.ofSeconds(10);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void aChangeOnOneNodeShowsOnTheOtherWithinSeconds() throws Exception {
		String url = Postgres.newDatabase();
		try (ConfigurableApplicationContext first = node(url); ConfigurableApplicationContext second = node(url)) {
			ArticleEditor editor = first.getBean(ArticleEditor.class);
			Article article = editor.create(input("Before the change"), Actor.SYSTEM);
			String path = "/en/news/" + article.id();
			assertThat(get(second, path)).contains("Before the change");
			assertThat(get(second, "/en/news")).doesNotContain("Published on the first node");

			editor.update(article.id(), input("After the change"), Actor.SYSTEM);
			editor.create(input("Published on the first node"), Actor.SYSTEM);
			SiteSettingsService settings = first.getBean(SiteSettingsService.class);
			settings.update(new SiteSettings(Map.of("en", "Two nodes"), "Copyright changed on the first node", "", "",
					"", null), Actor.SYSTEM);

			assertShownWithin(second, path, "After the change");
			assertShownWithin(second, "/en/news", "Published on the first node");
			assertShownWithin(second, path, "Copyright changed on the first node");
			assertThat(get(first, path)).contains("After the change");
		}
	}

	@Test
	void aBulkChangeTellsTheOtherNodesOnceASecondNotOncePerArticle() throws Exception {
		String url = Postgres.newDatabase();
		try (ConfigurableApplicationContext first = node(url); ConfigurableApplicationContext second = node(url)) {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			assertThat(get(second, "/en/news")).doesNotContain("Bulk 40");
			long before = version(jdbc);
			ArticleEditor editor = first.getBean(ArticleEditor.class);
			long started = System.nanoTime();
			for (int i = 1; i <= 40; i++) {
				editor.create(input("Bulk " + i), Actor.SYSTEM);
			}
			long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

			assertShownWithin(second, "/en/news", "Bulk 40");
			assertThat(version(jdbc) - before).as("40 articles in %d s", seconds).isBetween(1L, seconds + 3);
		}
	}

	@Test
	void aNodeKeepsItsPagesWhileNothingChanges() throws Exception {
		String url = Postgres.newDatabase();
		try (ConfigurableApplicationContext first = node(url); ConfigurableApplicationContext second = node(url)) {
			Article article = first.getBean(ArticleEditor.class).create(input("Kept"), Actor.SYSTEM);
			PageCache cache = second.getBean(PageCache.class);
			get(second, "/en/news/" + article.id());
			// the article's creation: told by the first node within a second, then
			// followed
			Thread.sleep(1_500);
			cache.followOtherNodes();
			long generation = cache.generation();

			Thread.sleep(2_500);
			cache.followOtherNodes();

			assertThat(cache.generation()).as("no other node changed anything").isEqualTo(generation);
		}
	}

	private void assertShownWithin(ConfigurableApplicationContext node, String path, String text) throws Exception {
		long deadline = System.nanoTime() + AT_MOST.toNanos();
		while (System.nanoTime() < deadline) {
			if (get(node, path).contains(text)) {
				return;
			}
			Thread.sleep(100);
		}
		fail("%s did not show \"%s\" within %s", path, text, AT_MOST);
	}

	private String get(ConfigurableApplicationContext node, String path) throws IOException, InterruptedException {
		int port = ((WebServerApplicationContext) node).getWebServer().getPort();
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static long version(JdbcClient jdbc) {
		return jdbc.sql("SELECT version FROM content_version").query(Long.class).single();
	}

	private static ArticleInput input(String title) {
		return new ArticleInput("en", title, "<p>Body</p>", "", List.of(), ArticleStatus.PUBLISHED, null, null, null);
	}

	private static ConfigurableApplicationContext node(String url) {
		return Postgres.node(url, "--newscenter.page-cache.time-to-live=PT10M", "--newscenter.demo-content=false");
	}

}
