package com.newscenter.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Ticker;
import com.newscenter.system.NewsCenterProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts article views in memory, once per visitor and article inside the dedup window,
 * and writes them to the database in batches; the count it reports always includes the
 * views this node has counted but not yet written. On PostgreSQL the window is shared by
 * the nodes ({@link SharedVisits}): a view another node counted first is taken back when
 * the counts are written.
 */
@Service
public class ViewCounter {

	private static final Logger logger = LoggerFactory.getLogger(ViewCounter.class);

	private static final long RECENT_NANOS = TimeUnit.MINUTES.toNanos(1);

	private final ViewRepository repository;

	private final TransactionTemplate transactions;

	private final Clock clock;

	/**
	 * Real elapsed time, for how long a count has gone unread: a jump of the wall clock
	 * must not make every count look idle, or counts just written would be forgotten
	 * while callers still hold older stored values.
	 */
	private final Ticker elapsed = Ticker.systemTicker();

	/** The (article, visitor) pairs counted inside the dedup window. */
	private final SeenVisits seen;

	private final Map<Long, ArticleCount> counts = new ConcurrentHashMap<>();

	private final Counter counted;

	private final Counter withdrawn;

	private final SharedVisits shared;

	private final Counter refused;

	ViewCounter(ViewRepository repository, TransactionTemplate transactions, NewsCenterProperties properties,
			Clock clock, MeterRegistry meters, SharedVisits shared) {
		this.repository = repository;
		this.shared = shared;
		this.refused = meters.counter("newscenter.views.refused-by-other-node");
		this.transactions = transactions;
		this.clock = clock;
		this.seen = new SeenVisits(properties.views().dedupWindow(), properties.views().maxTrackedVisits(),
				clock::millis);
		this.counted = meters.counter("newscenter.views.counted");
		this.withdrawn = meters.counter("newscenter.views.withdrawn");
	}

	/**
	 * Counts a view unless this visitor viewed the article inside the dedup window.
	 * @param articleId the article viewed
	 * @param storedViews the article's count as last read from the database
	 * @param visitor who viewed it
	 * @return the article's count, this view included, and whether this call counted it
	 */
	public Recorded record(long articleId, long storedViews, Visitor visitor) {
		long counted = this.seen.visit(articleId, visitor.key(), visitor.alias(), () -> count(articleId, storedViews));
		if (counted != SeenVisits.REPEAT) {
			this.shared.counted(articleId, visitor.key());
			return new Recorded(counted, true);
		}
		// a repeat view: the view that came first is added by now, as it was added while
		// this one could not be seen
		return new Recorded(countOf(articleId, storedViews).current(), false);
	}

	/**
	 * Takes back a view this node counted, when its page could not be shown after all;
	 * the visitor's next view then counts.
	 * @param articleId the article
	 * @param visitor who viewed it
	 */
	public void withdraw(long articleId, Visitor visitor) {
		this.shared.withdrawn(articleId, visitor.key());
		this.seen.forget(articleId, visitor.key());
		if (visitor.alias() != null) {
			this.seen.forget(articleId, visitor.alias());
		}
		ArticleCount count = this.counts.get(articleId);
		if (count != null && count.decrement()) {
			this.withdrawn.increment();
		}
		else {
			logger.warn("Could not take back a view of article {}: its count is gone", articleId);
		}
	}

	private long count(long articleId, long storedViews) {
		this.counted.increment();
		long current = -1;
		while (current < 0) {
			current = countOf(articleId, storedViews).increment();
		}
		return current;
	}

	/**
	 * Returns an article's count including views not yet written.
	 * @param articleId the article
	 * @param storedViews its count as last read from the database
	 * @return the count to show
	 */
	public long current(long articleId, long storedViews) {
		ArticleCount count = this.counts.get(articleId);
		if (count == null) {
			return storedViews;
		}
		count.touch(this.elapsed.read());
		return count.current();
	}

	private ArticleCount countOf(long articleId, long storedViews) {
		ArticleCount count = this.counts.computeIfAbsent(articleId,
				(id) -> new ArticleCount(storedViews, this.elapsed.read()));
		count.touch(this.elapsed.read());
		return count;
	}

	/**
	 * The outcome of recording a view.
	 *
	 * @param count the article's count to show, the view included
	 * @param counted whether this view was counted, rather than a repeat inside the
	 * window
	 */
	public record Recorded(long count, boolean counted) {
	}

	/**
	 * Writes every counted view to the database; on failure they stay pending for the
	 * next try.
	 */
	public synchronized void flush() {
		for (long articleId : this.shared.settle()) {
			// another node counted this visitor's view of the article inside the window
			ArticleCount count = this.counts.get(articleId);
			if (count != null && count.decrement()) {
				this.refused.increment();
			}
			else {
				logger.warn("Could not take back a view of article {} another node counted: its count is gone",
						articleId);
			}
		}
		Map<Long, ArticleCount> flushing = new HashMap<>();
		Map<Long, Long> deltas = new HashMap<>();
		this.counts.forEach((id, count) -> {
			if (count.hasPending()) {
				deltas.put(id, count.beginFlush());
				flushing.put(id, count);
			}
		});
		if (deltas.isEmpty()) {
			return;
		}
		LocalDate day = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		Map<Long, Long> totals;
		try {
			totals = this.transactions.execute((status) -> {
				this.repository.add(deltas, day);
				return this.repository.totals(deltas.keySet());
			});
		}
		catch (DataAccessException | TransactionException ex) {
			logger.warn("Could not write {} article view counts, will retry: {}", deltas.size(), ex.getMessage());
			flushing.values().forEach(ArticleCount::abortFlush);
			return;
		}
		flushing.forEach((id, count) -> {
			Long total = totals.get(id);
			if (total == null) {
				count.completeFlush(0);
				if (count.retireIfIdle()) {
					this.counts.remove(id, count);
				}
			}
			else {
				count.completeFlush(total);
			}
		});
	}

	/**
	 * Reads back the counts of recently shown articles, so views counted by other nodes
	 * show here too, and forgets counts nobody has looked at for a while.
	 */
	public synchronized void refresh() {
		long now = this.elapsed.read();
		List<Long> recent = new ArrayList<>();
		this.counts.forEach((id, count) -> {
			if (now - count.lastReadNanos() <= RECENT_NANOS) {
				recent.add(id);
			}
			else if (count.retireIfIdle()) {
				this.counts.remove(id, count);
			}
		});
		if (recent.isEmpty()) {
			return;
		}
		try {
			Map<Long, Long> totals = this.repository.totals(recent);
			recent.forEach((id) -> {
				ArticleCount count = this.counts.get(id);
				Long total = totals.get(id);
				if (count != null && total != null) {
					count.refresh(total);
				}
			});
		}
		catch (DataAccessException ex) {
			logger.warn("Could not read back article view counts: {}", ex.getMessage());
		}
	}

}
