package com.newscenter.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.newscenter.news.Article;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that counted views reach the database on their own within 5 s, and that the
 * count a page shows never goes down while flushes run between views.
 */
class ViewFlushTests extends SiteViewTests {

	private static final long DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(10);

	@Test
	void writesViewsToTheDatabaseWithinFiveSecondsWithoutBeingAsked() throws Exception {
		Article article = this.content.article("en").create();
		for (int i = 0; i < 3; i++) {
			this.site.view(article, UUID.randomUUID().toString());
		}
		long viewed = System.nanoTime();

		long stored = StoredViews.total(this.jdbc, article.id());
		while (stored < 3 && System.nanoTime() - viewed < DEADLINE_NANOS) {
			Thread.sleep(50);
			stored = StoredViews.total(this.jdbc, article.id());
		}
		long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - viewed);

		assertThat(stored).isEqualTo(3);
		assertThat(tookMillis).isLessThan(5_000);
		assertThat(StoredViews.daily(this.jdbc, article.id())).isEqualTo(3);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM view_claim").query(Long.class).single())
			.as("one node on the embedded database shares no views")
			.isZero();
	}

	@Test
	void shownCountNeverGoesDownWhileFlushing() throws Exception {
		Article article = this.content.article("en").create();
		int threads = 4;
		int viewsPerThread = 40;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<List<Long>>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				futures.add(pool.submit(() -> viewsSeenByOneReader(article, viewsPerThread)));
			}
			while (!futures.stream().allMatch(Future::isDone)) {
				this.counter.flush();
				Thread.sleep(2);
			}
			for (Future<List<Long>> future : futures) {
				assertThat(future.get()).isSorted();
			}
		}
		finally {
			pool.shutdownNow();
		}
		this.counter.flush();
		assertThat(StoredViews.total(this.jdbc, article.id())).isEqualTo((long) threads * (viewsPerThread + 1));
	}

	/**
	 * Views the article as new visitors and, in between, as one returning visitor whose
	 * repeat views are not counted; records every count shown, in order.
	 */
	private List<Long> viewsSeenByOneReader(Article article, int views) throws Exception {
		String returning = UUID.randomUUID().toString();
		List<Long> seen = new ArrayList<>();
		for (int i = 0; i < views; i++) {
			seen.add(this.site.view(article, UUID.randomUUID().toString()));
			seen.add(this.site.view(article, returning));
		}
		return seen;
	}

}
