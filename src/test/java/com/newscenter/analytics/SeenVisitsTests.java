package com.newscenter.analytics;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Proves the record of visits behind the dedup window: each visit is remembered for one
 * window from the time it was made, under either of its keys, and the record stays within
 * its bound however many visitors come.
 */
class SeenVisitsTests {

	private static final Duration WINDOW = Duration.ofMinutes(30);

	private final AtomicLong now = new AtomicLong(1_800_000_000_000L);

	private final AtomicLong counted = new AtomicLong();

	private final SeenVisits visits = new SeenVisits(WINDOW, 1_000_000, this.now::get);

	@Test
	void aVisitCountsOnceInsideTheWindowAndAgainAfterIt() {
		assertThat(visit(1, "c:alice")).isTrue();
		assertThat(visit(1, "c:alice")).isFalse();
		assertThat(visit(2, "c:alice")).isTrue();
		assertThat(visit(1, "c:bob")).isTrue();

		advance(Duration.ofMinutes(30).minusMillis(1));
		assertThat(visit(1, "c:alice")).isFalse();
		advance(Duration.ofMillis(1));
		assertThat(visit(1, "c:alice")).isTrue();
		assertThat(this.counted).hasValue(4);
	}

	@Test
	void theWindowRunsFromEachVisitNotFromWhenItsTableBegan() {
		visit(9, "c:early");
		advance(Duration.ofMinutes(29));
		assertThat(visit(1, "c:late")).isTrue();
		// the table holding both visits is now the previous one
		advance(Duration.ofMinutes(2));
		assertThat(visit(9, "c:early")).isTrue();
		advance(Duration.ofMinutes(27));
		assertThat(visit(1, "c:late")).isFalse();
		advance(Duration.ofMinutes(1));
		assertThat(visit(1, "c:late")).isTrue();
	}

	@Test
	void visitsOlderThanTwoWindowsAreForgottenAtOnce() {
		visit(1, "c:alice");
		advance(Duration.ofHours(5));

		assertThat(visit(1, "c:alice")).isTrue();
		assertThat(this.visits.footprint()).isEqualTo(64L * 2 * 16 * 16);
	}

	@Test
	void aVisitUnderTwoKeysIsARepeatUnderEither() {
		assertThat(this.visits.visit(1, "c:new-id", "a:address", this.counted::incrementAndGet)).isPositive();

		assertThat(visit(1, "c:new-id")).isFalse();
		assertThat(visit(1, "a:address")).isFalse();
		assertThat(this.visits.visit(1, "c:other-id", "a:address", this.counted::incrementAndGet))
			.isEqualTo(SeenVisits.REPEAT);
		assertThat(visit(1, "c:other-id")).as("the repeat's new key is remembered too").isFalse();
		assertThat(this.counted).hasValue(1);
	}

	@Test
	void aForgottenVisitCountsAgain() {
		this.visits.visit(1, "c:new-id", "a:address", this.counted::incrementAndGet);

		this.visits.forget(1, "c:new-id");
		this.visits.forget(1, "a:address");

		assertThat(visit(1, "c:new-id")).isTrue();
		assertThat(visit(1, "a:address")).isTrue();
		assertThat(visit(1, "c:new-id")).isFalse();
	}

	@Test
	void aClockThatGoesBackDoesNotCountRepeatsAgain() {
		visit(1, "c:alice");
		advance(Duration.ofHours(-1));

		assertThat(visit(1, "c:alice")).isFalse();
	}

	@Test
	void manyMoreVisitorsThanTheBoundKeepTheRecordSmallAndTheLatestVisitsRemembered() {
		SeenVisits bounded = new SeenVisits(WINDOW, 6_400, this.now::get);
		for (int i = 0; i < 100_000; i++) {
			bounded.visit(1, "c:" + i, null, () -> 0);
		}

		// 50 visits per table, in tables of 64 entries or, grown, 128 at most
		assertThat(bounded.footprint()).isLessThanOrEqualTo(64L * 2 * 128 * 16);
		for (int i = 99_000; i < 100_000; i++) {
			assertThat(bounded.visit(1, "c:" + i, null, () -> 0)).isEqualTo(SeenVisits.REPEAT);
		}
		assertThat(bounded.visit(1, "c:0", null, () -> 0)).as("the first, forgotten to make room").isZero();
	}

	@Test
	void refusesAWindowItCannotKeep() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SeenVisits(Duration.ZERO, 10, this.now::get));
		assertThatIllegalArgumentException().isThrownBy(() -> new SeenVisits(Duration.ofDays(50), 10, this.now::get))
			.withMessageContaining("newscenter.views.dedup-window");
	}

	private boolean visit(long articleId, String key) {
		return this.visits.visit(articleId, key, null, this.counted::incrementAndGet) != SeenVisits.REPEAT;
	}

	private void advance(Duration duration) {
		this.now.addAndGet(duration.toMillis());
	}

}
