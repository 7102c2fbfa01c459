package com.newscenter.system;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.newscenter.news.Article;
import com.newscenter.news.ArticleService;
import com.newscenter.news.ArticleStatus;
import com.newscenter.support.TestContent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.Scheduled;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduled jobs do not wait for each other: while one runs long (a search index catching
 * up on a week of changes, say), what is due is still published on time.
 */
@SpringBootTest(properties = "newscenter.publishing.check-interval=PT0.2S")
class ScheduledJobsTests {

	@Autowired
	TestContent content;

	@Autowired
	ArticleService articles;

	@Autowired
	SlowJob slowJob;

	@Test
	void aJobThatRunsLongDoesNotHoldUpPublishing() throws InterruptedException {
		this.slowJob.hold();
		assertThat(this.slowJob.started.await(10, TimeUnit.SECONDS)).as("the slow job runs").isTrue();
		Article article = this.content.article("en")
			.title("Due while a job runs long")
			.status(ArticleStatus.SCHEDULED)
			.publishAt(Instant.now().plusSeconds(1))
			.create();

		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (!this.articles.find(article.id()).orElseThrow().isPublished() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}

		assertThat(this.articles.reload(article.id()).orElseThrow().isPublished()).isTrue();
		this.slowJob.release.countDown();
	}

	@TestConfiguration
	static class SlowJobConfiguration {

		@Bean
		SlowJob slowJob() {
			return new SlowJob();
		}

	}

	/** A scheduled job that, once asked, keeps its thread for up to 15 s. */
	static class SlowJob {

		final CountDownLatch started = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		private volatile boolean held;

		void hold() {
			this.held = true;
		}

		@Scheduled(fixedDelay = 100)
		void run() throws InterruptedException {
			if (this.held && this.started.getCount() > 0) {
				this.started.countDown();
				this.release.await(15, TimeUnit.SECONDS);
			}
		}

	}

}
