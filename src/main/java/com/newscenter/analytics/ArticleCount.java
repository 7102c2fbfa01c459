package com.newscenter.analytics;

/**
 * One article's count on this node: the value last read from the database plus the views
 * counted here that are not yet in it (pending) or being written (in flight).
 */
final class ArticleCount {

	private long stored;

	private long pending;

	private long inFlight;

	private boolean retired;

	private volatile long lastReadNanos;

	ArticleCount(long stored, long nowNanos) {
		this.stored = stored;
		this.lastReadNanos = nowNanos;
	}

	/**
	 * Counts one view.
	 * @return the count with it, or -1 when this count was retired and a new one is
	 * needed
	 */
	synchronized long increment() {
		if (this.retired) {
			return -1;
		}
		this.pending++;
		return current();
	}

	/**
	 * Takes one counted view back. The view may already be written, so pending may go
	 * below zero: the next write then subtracts it.
	 * @return whether it was taken back (false when this count was retired)
	 */
	synchronized boolean decrement() {
		if (this.retired) {
			return false;
		}
		this.pending--;
		return true;
	}

	/**
	 * Retires this count if it holds nothing unwritten, so it can be forgotten safely.
	 * @return whether it was retired
	 */
	synchronized boolean retireIfIdle() {
		if (this.pending == 0 && this.inFlight == 0) {
			this.retired = true;
		}
		return this.retired;
	}

	synchronized long current() {
		return this.stored + this.inFlight + this.pending;
	}

	/** Moves the pending views in flight and returns how many there are. */
	synchronized long beginFlush() {
		this.inFlight += this.pending;
		this.pending = 0;
		return this.inFlight;
	}

	/** The in-flight views are now in the database, whose value (with them) is given. */
	synchronized void completeFlush(long storedNow) {
		this.stored = storedNow;
		this.inFlight = 0;
	}

	/** Writing failed: the in-flight views are pending again, to be written next time. */
	synchronized void abortFlush() {
		this.pending += this.inFlight;
		this.inFlight = 0;
	}

	/** Takes a fresh database value, which holds none of this node's unwritten views. */
	synchronized void refresh(long storedNow) {
		if (this.inFlight == 0) {
			this.stored = storedNow;
		}
	}

	synchronized boolean hasPending() {
		return this.pending != 0;
	}

	void touch(long nowNanos) {
		this.lastReadNanos = nowNanos;
	}

	long lastReadNanos() {
		return this.lastReadNanos;
	}

}
