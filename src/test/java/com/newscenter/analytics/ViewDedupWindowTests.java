package com.newscenter.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.newscenter.support.SiteClient;
import com.newscenter.news.Article;
import com.newscenter.support.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that a visitor's repeat views count once inside the dedup window (30 minutes by
 * default) and again once it has passed, with a test clock instead of waiting.
 */
class ViewDedupWindowTests extends SiteViewTests {

	@Autowired
	MutableClock clock;

	@Test
	void countsRepeatViewOnceUntilTheWindowEnds() throws Exception {
		Article article = this.content.article("en").create();
		String visitor = UUID.randomUUID().toString();

		assertThat(this.site.view(article, visitor)).isEqualTo(1);
		this.clock.advance(Duration.ofMinutes(29));
		assertThat(this.site.view(article, visitor)).isEqualTo(1);
		this.clock.advance(Duration.ofSeconds(59));
		assertThat(this.site.view(article, visitor)).isEqualTo(1);
	}

	@Test
	void countsTheSameVisitorAgainAfterTheWindow() throws Exception {
		Article article = this.content.article("en").create();
		String visitor = UUID.randomUUID().toString();

		assertThat(this.site.view(article, visitor)).isEqualTo(1);
		this.clock.advance(Duration.ofMinutes(31));
		assertThat(this.site.view(article, visitor)).isEqualTo(2);
		assertThat(this.site.view(article, visitor)).isEqualTo(2);
		this.counter.flush();

		assertThat(StoredViews.total(this.jdbc, article.id())).isEqualTo(2);
	}

	@Test
	void countsTheSameCookielessVisitorAgainAfterTheWindow() throws Exception {
		Article article = this.content.article("en").create();

		assertThat(SiteClient.shownViews(this.site.get(SiteClient.pathOf(article)))).isEqualTo(1);
		this.clock.advance(Duration.ofMinutes(31));

		assertThat(SiteClient.shownViews(this.site.get(SiteClient.pathOf(article)))).isEqualTo(2);
	}

	@Test
	void showsEveryViewWhenTheClockJumpsPastTheWindow() throws Exception {
		Article article = this.content.article("en").create();
		String visitor = UUID.randomUUID().toString();
		assertThat(this.site.view(article, visitor)).isEqualTo(1);
		this.counter.flush();

		this.clock.advance(Duration.ofMinutes(31));
		this.counter.refresh();

		assertThat(this.site.view(article, visitor)).isEqualTo(2);
		this.counter.flush();
		assertThat(StoredViews.total(this.jdbc, article.id())).isEqualTo(2);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.now());
		}

	}

}
