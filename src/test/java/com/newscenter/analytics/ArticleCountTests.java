package com.newscenter.analytics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the bookkeeping of one article's count: views pending, in flight and stored
 * always add up to what the page shows, through flushes, failed flushes and read-backs.
 */
class ArticleCountTests {

	@Test
	void countsViewsOnTopOfTheStoredValue() {
		ArticleCount count = new ArticleCount(10, 0);

		assertThat(count.current()).isEqualTo(10);
		assertThat(count.hasPending()).isFalse();
		assertThat(count.increment()).isEqualTo(11);
		assertThat(count.increment()).isEqualTo(12);
		assertThat(count.hasPending()).isTrue();
		assertThat(count.current()).isEqualTo(12);
	}

	@Test
	void aViewTakenBackAfterItWasWrittenIsSubtractedByTheNextWrite() {
		ArticleCount count = countWithViews(10, 1);
		count.beginFlush();
		count.completeFlush(11);

		assertThat(count.decrement()).isTrue();

		assertThat(count.current()).isEqualTo(10);
		assertThat(count.hasPending()).isTrue();
		assertThat(count.beginFlush()).isEqualTo(-1);
	}

	@Test
	void aRetiredCountTakesNothingBack() {
		ArticleCount count = new ArticleCount(10, 0);
		count.retireIfIdle();

		assertThat(count.decrement()).isFalse();
		assertThat(count.current()).isEqualTo(10);
	}

	@Test
	void beginFlushMovesPendingViewsInFlightWithoutChangingTheCount() {
		ArticleCount count = countWithViews(10, 3);

		assertThat(count.beginFlush()).isEqualTo(3);
		assertThat(count.hasPending()).isFalse();
		assertThat(count.current()).isEqualTo(13);
		assertThat(count.increment()).isEqualTo(14);
		assertThat(count.hasPending()).isTrue();
	}

	@Test
	void completeFlushTakesTheStoredValueAndKeepsLaterViews() {
		ArticleCount count = countWithViews(10, 3);
		count.beginFlush();
		count.increment();

		count.completeFlush(13);

		assertThat(count.current()).isEqualTo(14);
		assertThat(count.beginFlush()).isEqualTo(1);
	}

	@Test
	void completeFlushShowsViewsStoredByOtherNodes() {
		ArticleCount count = countWithViews(10, 3);
		count.beginFlush();

		count.completeFlush(20);

		assertThat(count.current()).isEqualTo(20);
		assertThat(count.hasPending()).isFalse();
	}

	@Test
	void abortFlushMakesTheViewsPendingAgain() {
		ArticleCount count = countWithViews(10, 3);
		count.beginFlush();
		count.increment();

		count.abortFlush();

		assertThat(count.current()).isEqualTo(14);
		assertThat(count.hasPending()).isTrue();
		assertThat(count.beginFlush()).isEqualTo(4);
	}

	@Test
	void refreshTakesTheStoredValueAndKeepsPendingViews() {
		ArticleCount count = countWithViews(10, 2);

		count.refresh(15);

		assertThat(count.current()).isEqualTo(17);
	}

	@Test
	void refreshIsIgnoredWhileViewsAreInFlight() {
		ArticleCount count = countWithViews(10, 2);
		count.beginFlush();

		count.refresh(10);

		assertThat(count.current()).isEqualTo(12);
	}

	@Test
	void retiresOnlyWithNothingUnwritten() {
		ArticleCount count = countWithViews(10, 1);
		assertThat(count.retireIfIdle()).isFalse();

		count.beginFlush();
		assertThat(count.retireIfIdle()).isFalse();

		count.completeFlush(11);
		assertThat(count.retireIfIdle()).isTrue();
	}

	@Test
	void retiredCountRefusesViewsSoANewOneIsMade() {
		ArticleCount count = new ArticleCount(10, 0);
		assertThat(count.retireIfIdle()).isTrue();

		assertThat(count.increment()).isEqualTo(-1);
		assertThat(count.current()).isEqualTo(10);
		assertThat(count.hasPending()).isFalse();
		assertThat(count.retireIfIdle()).isTrue();
	}

	@Test
	void abortedViewsKeepACountFromRetiring() {
		ArticleCount count = countWithViews(10, 1);
		count.beginFlush();
		count.abortFlush();

		assertThat(count.retireIfIdle()).isFalse();
		assertThat(count.increment()).isEqualTo(12);
	}

	@Test
	void remembersWhenItWasLastRead() {
		ArticleCount count = new ArticleCount(0, 5);
		assertThat(count.lastReadNanos()).isEqualTo(5);

		count.touch(42);

		assertThat(count.lastReadNanos()).isEqualTo(42);
	}

	private static ArticleCount countWithViews(long stored, int views) {
		ArticleCount count = new ArticleCount(stored, 0);
		for (int i = 0; i < views; i++) {
			count.increment();
		}
		return count;
	}

}
