package com.newscenter.search;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.newscenter.news.ArticleChanged;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps this node's search index in step with the articles that other nodes change. Every
 * change is written to the shared {@link SearchJournal} in the transaction that makes it;
 * each node reads there what the others changed, every follow interval, and after a stop
 * catches up from the time its saved index had followed to.
 */
@Component
class IndexFollower {

	private static final Logger logger = LoggerFactory.getLogger(IndexFollower.class);

	/**
	 * How long a change may take from its time in the journal to its commit: changes are
	 * read again for this long, so one committed late is not missed.
	 */
	static final Duration MARGIN = Duration.ofMinutes(1);

	/**
	 * How long the journal keeps a change: an index that followed less recently is
	 * rebuilt.
	 */
	static final Duration KEPT = Duration.ofDays(7);

	private final String node = UUID.randomUUID().toString();

	private final SearchJournal journal;

	private final SearchIndexer indexer;

	private final SearchEngine engine;

	/**
	 * Changes read, by their place in the journal, with their time; kept for the margin.
	 */
	private final Map<Long, Instant> applied = new HashMap<>();

	/** Every change up to this time is applied; {@code null} until the site is ready. */
	private Instant followed;

	IndexFollower(SearchJournal journal, SearchIndexer indexer, SearchEngine engine) {
		this.journal = journal;
		this.indexer = indexer;
		this.engine = engine;
	}

	/**
	 * Writes the change to the journal, in the transaction that makes it.
	 * @param event the change
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void onArticleChanged(ArticleChanged event) {
		this.journal.record(event.articleId(), this.node);
	}

	/**
	 * Decides where to start following: from what the saved index had followed to, or
	 * from now when the index is rebuilt, new, or empty with nothing to hold. An index
	 * that cannot tell how far it followed, or followed so long ago that the journal may
	 * have forgotten changes it lacks, is rebuilt.
	 */
	@EventListener(ApplicationReadyEvent.class)
	synchronized void onReady() {
		Instant now = this.journal.now();
		Optional<Instant> saved = this.engine.followed();
		if (this.indexer.rebuildIfMissing() || this.engine.startedEmpty() || this.engine.size() == 0) {
			this.followed = now.minus(MARGIN);
		}
		else if (saved.isEmpty() || saved.get().isBefore(now.minus(KEPT).plus(MARGIN))) {
			logger.info("The search index cannot tell which changes of other nodes it lacks; rebuilding it");
			this.followed = now.minus(MARGIN);
			this.indexer.start();
		}
		else {
			this.followed = saved.get();
		}
		this.engine.followedUntil(this.followed);
	}

	/**
	 * Indexes, as they now are, the articles that other nodes changed since last time; an
	 * article changed many times is read once.
	 */
	@Scheduled(fixedDelayString = "${newscenter.search.follow-interval:PT1S}")
	synchronized void follow() {
		if (this.followed == null) {
			return;
		}
		try {
			Instant now = this.journal.now();
			Set<Long> changed = new LinkedHashSet<>();
			for (SearchJournal.Entry entry : this.journal.after(this.followed, this.node)) {
				if (this.applied.putIfAbsent(entry.id(), entry.changedAt()) == null) {
					changed.add(entry.articleId());
				}
			}
			changed.forEach(this.indexer::follow);
			Instant next = now.minus(MARGIN);
			if (next.isAfter(this.followed)) {
				this.followed = next;
				this.applied.values().removeIf((changedAt) -> !changedAt.isAfter(next));
				this.engine.followedUntil(next);
			}
		}
		catch (DataAccessException ex) {
			logger.warn("Changes made on other nodes cannot be read now; trying again shortly ({})", ex.toString());
		}
	}

	/**
	 * Forgets the changes older than the journal keeps, at start and then hourly; any
	 * node may, as they all forget the same.
	 */
	@Scheduled(fixedDelayString = "PT1H")
	void forgetOldChanges() {
		try {
			this.journal.forget(this.journal.now().minus(KEPT));
		}
		catch (DataAccessException ex) {
			logger.warn("Old changes cannot be removed from the search journal now ({})", ex.toString());
		}
	}

}
