package com.newscenter.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import com.newscenter.support.SiteClient;
import com.newscenter.news.Article;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that concurrent views over HTTP by N distinct visitors raise the stored total
 * and the day's count by exactly N, while the scheduled flushes run; run on H2 and on
 * PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class ViewConcurrencyTests {

	private static final int THREADS = 16;

	private static final int REQUESTS_PER_THREAD = 25;

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestContent content;

	@Autowired
	TestDatabase database;

	@Autowired
	ViewCounter counter;

	@Autowired
	JdbcClient jdbc;

	SiteClient site;

	ExecutorService threads;

	@BeforeEach
	void setUp() {
		this.database.clean();
		this.site = new SiteClient(this.port);
		this.threads = Executors.newFixedThreadPool(THREADS);
	}

	@AfterEach
	void tearDown() throws InterruptedException {
		this.threads.shutdownNow();
		this.threads.awaitTermination(10, TimeUnit.SECONDS);
	}

	@Test
	void countsEachOfManyConcurrentVisitorsExactlyOnce() throws Exception {
		Article article = this.content.article("en").create();

		List<Long> shown = inParallel(REQUESTS_PER_THREAD, () -> this.site.view(article, UUID.randomUUID().toString()));
		this.counter.flush();

		int visitors = THREADS * REQUESTS_PER_THREAD;
		assertThat(shown).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, visitors).boxed().toList());
		assertThat(StoredViews.total(this.jdbc, article.id())).isEqualTo(visitors);
		assertThat(StoredViews.daily(this.jdbc, article.id())).isEqualTo(visitors);
	}

	@Test
	void countsConcurrentRepeatViewsOfOneVisitorOnce() throws Exception {
		Article article = this.content.article("en").create();
		String visitor = UUID.randomUUID().toString();

		List<Long> shown = inParallel(4, () -> this.site.view(article, visitor));
		this.counter.flush();

		assertThat(shown).containsOnly(1L);
		assertThat(StoredViews.total(this.jdbc, article.id())).isEqualTo(1);
		assertThat(StoredViews.daily(this.jdbc, article.id())).isEqualTo(1);
	}

	/**
	 * Runs a request on every thread, all starting together, each thread repeating it.
	 * @param times how often each thread sends it
	 * @param request the request
	 * @return the results of all requests
	 */
	private List<Long> inParallel(int times, Callable<Long> request) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<List<Long>>> futures = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			futures.add(this.threads.submit(() -> {
				start.await();
				List<Long> results = new ArrayList<>();
				for (int i = 0; i < times; i++) {
					results.add(request.call());
				}
				return results;
			}));
		}
		start.countDown();
		List<Long> all = new ArrayList<>();
		for (Future<List<Long>> future : futures) {
			all.addAll(future.get(60, TimeUnit.SECONDS));
		}
		return all;
	}

}
