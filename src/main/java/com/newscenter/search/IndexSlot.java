package com.newscenter.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Holds the open index and who may use it: searches share it, writes take turns, and the
 * index can be closed and replaced (its folder went missing, a rebuild failed) without
 * pulling it from under a search.
 */
final class IndexSlot {

	/** Held by every use; written only to replace the index. */
	private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();

	/**
	 * Held by every change, so changes and the reads they depend on do not interleave.
	 */
	private final ReentrantLock writes = new ReentrantLock();

	private LuceneIndex index;

	IndexSlot(LuceneIndex index) {
		this.index = index;
	}

	<T> T read(IndexAction<T> action) {
		this.swap.readLock().lock();
		try {
			return action.apply(this.index);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.swap.readLock().unlock();
		}
	}

	<T> T write(IndexAction<T> action) {
		return locked(() -> read(action));
	}

	/**
	 * Runs something while no change runs.
	 * @param <T> what it returns
	 * @param action what to run; it may {@link #replace replace} the index
	 * @return what it returned
	 */
	<T> T locked(IoAction<T> action) {
		this.writes.lock();
		try {
			return action.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.writes.unlock();
		}
	}

	/**
	 * Closes the index and puts another in its place once the uses in progress end.
	 * @param opener opens the new index
	 * @throws IOException if it cannot be opened
	 */
	void replace(IoAction<LuceneIndex> opener) throws IOException {
		this.swap.writeLock().lock();
		try {
			this.index.close();
			this.index = opener.run();
		}
		finally {
			this.swap.writeLock().unlock();
		}
	}

	void close() {
		locked(() -> {
			replace(() -> null);
			return true;
		});
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
	 * Something that may fail to read or write the index.
	 *
	 * @param <T> what it returns
	 */
	@FunctionalInterface
	interface IoAction<T> {

		T run() throws IOException;

	}

}
