package com.newscenter.search;

import java.io.IOException;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Holds the open index; every use holds it for its duration, so the index can be closed
 * and replaced (its folder went missing, a rebuild failed) without pulling it from under
 * a search.
 */
final class IndexSlot {

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private LuceneIndex index;

	IndexSlot(LuceneIndex index) {
		this.index = index;
	}

	<T> T use(IndexAction<T> action) throws IOException {
		this.lock.readLock().lock();
		try {
			return action.apply(this.index);
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/**
	 * Closes the index and puts another in its place; waits for the uses in progress.
	 * @param opener opens the new index
	 * @throws IOException if it cannot be opened
	 */
	void replace(Opener opener) throws IOException {
		this.lock.writeLock().lock();
		try {
			this.index.close();
			this.index = opener.open();
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	void close() {
		this.lock.writeLock().lock();
		try {
			this.index.close();
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	/**
	 * Something done with the open index.
	 *
	 * @param <T> what it returns
	 */
	@FunctionalInterface
	interface IndexAction<T> {

		T apply(LuceneIndex index) throws IOException;

	}

	/**
	 * Opens an index.
	 */
	@FunctionalInterface
	interface Opener {

		LuceneIndex open() throws IOException;

	}

}
