package com.newscenter.news;

import java.time.Duration;
import java.time.Instant;

import com.newscenter.account.Actor;
import com.newscenter.support.Postgres;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduling across nodes and restarts on one PostgreSQL database: published once, on
 * time, with no visitor, and caught up after downtime.
 */
class TwoNodeSchedulingTests {

	@Test
	void scheduledArticleIsPublishedOnceByOneOfTwoNodes() throws InterruptedException {
		String url = Postgres.newDatabase();
		try (ConfigurableApplicationContext first = node(url); ConfigurableApplicationContext second = node(url)) {
			Instant at = Instant.now().plusSeconds(2);
			Article article = first.getBean(ArticleEditor.class)
				.create(new ArticleInput("en", "Timed", "<p>b</p>", null, null, ArticleStatus.SCHEDULED, at, null,
						null), Actor.SYSTEM);

			ArticleService reader = second.getBean(ArticleService.class);
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (reader.published("en", null, 1, 10).items().isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}

			assertThat(reader.published("en", null, 1, 10).items()).extracting(ArticleSummary::id)
				.containsExactly(article.id());
			Thread.sleep(1500);
			long publications = first.getBean(JdbcClient.class)
				.sql("SELECT COUNT(*) FROM audit_log WHERE action_name = 'article.publish' AND target = ?")
				.param("article:" + article.id())
				.query(Long.class)
				.single();
			assertThat(publications).isEqualTo(1);
		}
	}

	@Test
	void articleThatFellDueWhileTheSiteWasDownAppearsRightAfterStart() throws InterruptedException {
		String url = Postgres.newDatabase();
		long id;
		try (ConfigurableApplicationContext before = node(url)) {
			id = before.getBean(ArticleEditor.class)
				.create(new ArticleInput("en", "Due while down", "<p>b</p>", null, null, ArticleStatus.SCHEDULED,
						Instant.now().plusSeconds(3), null, null), Actor.SYSTEM)
				.id();
		}
		Thread.sleep(3500);
		try (ConfigurableApplicationContext after = node(url)) {
			ArticleService reader = after.getBean(ArticleService.class);
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (reader.published("en", null, 1, 10).items().isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			assertThat(reader.published("en", null, 1, 10).items()).extracting(ArticleSummary::id).containsExactly(id);
		}
	}

	private static ConfigurableApplicationContext node(String url) {
		return Postgres.node(url, "--newscenter.publishing.check-interval=PT0.2S");
	}

}
