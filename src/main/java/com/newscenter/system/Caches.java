package com.newscenter.system;

import com.github.benmanes.caffeine.cache.Cache;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Drops a cache after a write both at once (so the writer reads its own change) and again
 * when the transaction ends (so no reader keeps what it read before the commit).
 */
public final class Caches {

	private Caches() {
	}

	/**
	 * Empties a cache now and once more after the current transaction, if any.
	 * @param cache the cache
	 */
	public static void invalidateNowAndAfterCommit(Cache<?, ?> cache) {
		cache.invalidateAll();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					cache.invalidateAll();
				}

			});
		}
	}

}
