package com.newscenter.search;

import java.time.Duration;
import java.time.Instant;

/**
 * Where the latest rebuild of the search index stands, for the back office's progress
 * bar.
 *
 * @param running whether it is still going
 * @param done articles indexed so far
 * @param total articles to index
 * @param startedAt when it started, or {@code null} if none ran since start-up
 * @param finishedAt when it ended, or {@code null} while running or if none ran
 * @param error why it failed, or {@code null}
 */
public record RebuildStatus(boolean running, long done, long total, Instant startedAt, Instant finishedAt,
		String error) {

	static final RebuildStatus NONE = new RebuildStatus(false, 0, 0, null, null, null);

	/**
	 * Returns how far it got.
	 * @return a whole percentage, 0 to 100
	 */
	public int percent() {
		if (this.total <= 0) {
			return (this.finishedAt != null) ? 100 : 0;
		}
		return (int) Math.min(100, this.done * 100 / this.total);
	}

	/**
	 * Returns how long it took.
	 * @return the duration, or {@code null} while running or if none ran
	 */
	public Duration took() {
		return (this.startedAt != null && this.finishedAt != null) ? Duration.between(this.startedAt, this.finishedAt)
				: null;
	}

	RebuildStatus progressed(long count) {
		return new RebuildStatus(true, count, Math.max(this.total, count), this.startedAt, null, null);
	}

	RebuildStatus finished(Instant at, String failure) {
		return new RebuildStatus(false, this.done, this.total, this.startedAt, at, failure);
	}

}
