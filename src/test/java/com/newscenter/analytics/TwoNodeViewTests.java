package com.newscenter.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.newscenter.support.SiteClient;
import com.newscenter.account.Actor;
import com.newscenter.news.Article;
import com.newscenter.news.ArticleEditor;
import com.newscenter.news.ArticleInput;
import com.newscenter.news.ArticleStatus;
import com.newscenter.support.Postgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL behind a load balancer that spreads a reader's requests:
 * the dedup window is shared, so a reader counts once per window whichever nodes serve
 * them, distinct readers still count exactly, and after the window a view on the other
 * node counts again.
 */
class TwoNodeViewTests {

	@Test
	void aReaderWhoseReloadsGoToBothNodesCountsOnce() throws Exception {
		String url = Postgres.newDatabase();
		try (ConfigurableApplicationContext first = node(url); ConfigurableApplicationContext second = node(url)) {
			Article article = publish(first);

			long shownFirst = client(first).view(article, "reader-1");
			long shownSecond = client(second).view(article, "reader-1");
			client(first).view(article, "reader-1");
			client(second).view(article, "reader-1");
			flush(first, second);

			assertThat(shownFirst).isEqualTo(1);
			assertThat(shownSecond).as("the second node counts it first, then takes it back").isEqualTo(1);
			assertThat(StoredViews.total(first.getBean(JdbcClient.class), article.id())).isEqualTo(1);
			assertThat(StoredViews.daily(first.getBean(JdbcClient.class), article.id())).isEqualTo(1);
			second.getBean(ViewCounter.class).refresh();
			assertThat(client(second).view(article, "reader-1")).as("what the second node shows afterwards")
				.isEqualTo(1);
		}
	}

	@Test
	void distinctReadersSpreadOverBothNodesCountExactly() throws Exception {
		String url = Postgres.newDatabase();
		try (ConfigurableApplicationContext first = node(url); ConfigurableApplicationContext second = node(url)) {
			Article article = publish(first);
			ExecutorService pool = Executors.newFixedThreadPool(8);
			try {
				List<Future<Long>> views = new ArrayList<>();
				for (int i = 0; i < 120; i++) {
					String reader = "reader-" + (i % 60);
					// each reader's first view on one node, the second on the other
					ConfigurableApplicationContext node = (i < 60) ? first : second;
					views.add(pool.submit(() -> client(node).view(article, reader)));
					if (i % 10 == 9) {
						flush(first, second);
					}
				}
				for (Future<Long> view : views) {
					view.get();
				}
			}
			finally {
				pool.shutdown();
			}
			flush(first, second);

			assertThat(StoredViews.total(first.getBean(JdbcClient.class), article.id()))
				.as("60 readers, each twice, on both nodes")
				.isEqualTo(60);
		}
	}

	@Test
	void afterTheWindowAViewOnTheOtherNodeCountsAgain() throws Exception {
		String url = Postgres.newDatabase();
		try (ConfigurableApplicationContext first = node(url, "--newscenter.views.dedup-window=PT2S");
				ConfigurableApplicationContext second = node(url, "--newscenter.views.dedup-window=PT2S")) {
			Article article = publish(first);

			client(first).view(article, "reader-1");
			flush(first, second);
			Thread.sleep(2_200);
			client(second).view(article, "reader-1");
			flush(first, second);

			assertThat(StoredViews.total(first.getBean(JdbcClient.class), article.id())).isEqualTo(2);
		}
	}

	private static ConfigurableApplicationContext node(String url, String... properties) {
		List<String> all = new ArrayList<>(List.of(properties));
		// flushed by the tests, so the order of the two nodes' writes is known
		all.add("--newscenter.views.flush-interval=PT1H");
		return Postgres.node(url, all.toArray(String[]::new));
	}

	private static Article publish(ConfigurableApplicationContext node) {
		return node.getBean(ArticleEditor.class)
			.create(new ArticleInput("en", "Shared window", "<p>Body</p>", "", List.of(), ArticleStatus.PUBLISHED, null,
					null, null), Actor.SYSTEM);
	}

	private static void flush(ConfigurableApplicationContext... nodes) {
		for (ConfigurableApplicationContext node : nodes) {
			node.getBean(ViewCounter.class).flush();
		}
	}

	private static SiteClient client(ConfigurableApplicationContext node) {
		return new SiteClient(((WebServerApplicationContext) node).getWebServer().getPort());
	}

}
