package com.newscenter.analytics;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import com.newscenter.news.Article;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that a flood of new visitors, such as a script sending a made-up {@code nc_vid}
 * with every request, leaves the heap alone: remembering a million visits for the dedup
 * window used to take 186 MB, and a 256 MB heap ran out within two minutes.
 */
class ViewFloodTests extends SiteViewTests {

	private static final int VISITORS = 1_000_000;

	@Test
	void aMillionNewVisitorsAreCountedInAFewDozenMegabytes() {
		Article article = this.content.article("en").create();
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long before = usedAfterCollection(memory);

		for (int i = 0; i < VISITORS; i++) {
			this.counter.record(article.id(), 0, new Visitor("c:flood-" + i, null));
		}
		long grown = usedAfterCollection(memory) - before;

		assertThat(this.counter.current(article.id(), 0)).isEqualTo(VISITORS);
		assertThat(this.counter.record(article.id(), 0, new Visitor("c:flood-" + (VISITORS - 1), null)).counted())
			.isFalse();
		// measured: 33.6 MB, against 186 MB with the cache used before
		assertThat(grown).isLessThan(64L * 1024 * 1024);
	}

	private static long usedAfterCollection(MemoryMXBean memory) {
		System.gc();
		System.gc();
		return memory.getHeapMemoryUsage().getUsed();
	}

}
