package com.newscenter.feed;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Splitting URLs into sitemap files: fixed pages first, then articles, never more than
 * the limit in one file, nothing lost or repeated at the edges.
 */
class SitemapPlanTests {

	@Test
	void oneFileUpToTheLimitAnIndexAboveIt() {
		assertThat(new SitemapPlan(List.of("en", "zh"), Map.of("en", 46L, "zh", 50L), 100).needsIndex()).isFalse();
		assertThat(new SitemapPlan(List.of("en", "zh"), Map.of("en", 47L, "zh", 50L), 100).needsIndex()).isTrue();
		assertThat(new SitemapPlan(List.of("en"), Map.of(), 50_000).pages("en")).isEqualTo(1);
	}

	@Test
	void slicesCoverEveryUrlOnceWithinTheLimit() {
		for (int max = 1; max <= 7; max++) {
			for (long articles = 0; articles <= 20; articles++) {
				SitemapPlan plan = new SitemapPlan(List.of("en"), Map.of("en", articles), max);
				long fixed = 0;
				long next = 0;
				for (int page = 1; page <= plan.pages("en"); page++) {
					SitemapPlan.Slice slice = plan.slice(page);
					long size = (slice.fixedTo() - slice.fixedFrom())
							+ Math.min(slice.limit(), articles - slice.offset());
					assertThat(size).as("max %d, %d articles, page %d", max, articles, page).isBetween(1L, (long) max);
					assertThat(slice.fixedFrom()).isEqualTo((int) fixed);
					fixed = slice.fixedTo();
					if (slice.limit() > 0 && slice.offset() < articles) {
						assertThat(slice.offset()).isEqualTo(next);
						next = Math.min(articles, slice.offset() + slice.limit());
					}
				}
				assertThat(fixed).isEqualTo(SitemapPlan.FIXED_URLS);
				assertThat(next).isEqualTo(articles);
				assertThat(plan.hasPage("en", plan.pages("en") + 1)).isFalse();
			}
		}
	}

	@Test
	void theFiftyThousandLimitSplitsOneHundredThousandArticles() {
		SitemapPlan plan = new SitemapPlan(List.of("en", "zh"), Map.of("en", 50_000L, "zh", 50_000L), 50_000);

		assertThat(plan.needsIndex()).isTrue();
		assertThat(plan.pages("en")).isEqualTo(2);
		assertThat(plan.slice(1)).isEqualTo(new SitemapPlan.Slice(0, 2, 0, 49_998));
		assertThat(plan.slice(2)).isEqualTo(new SitemapPlan.Slice(2, 2, 49_998, 50_000));
	}

}
