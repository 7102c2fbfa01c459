package com.newscenter.search;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.newscenter.news.Article;
import com.newscenter.news.ArticleChanged;
import com.newscenter.news.ArticleService;
import com.newscenter.system.ContentReset;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the search index in step with the articles: follows every change as it is
 * committed, rebuilds everything when the content was reset, at start when the index is
 * missing, and on request from the back office, in the background.
 */
@Component
class SearchIndexer implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexer.class);

	private final SearchEngine engine;

	private final ArticleService articles;

	private final Clock clock;

	private final ExecutorService background = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "search-rebuild");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.NONE);

	private volatile boolean stopping;

	SearchIndexer(SearchEngine engine, ArticleService articles, Clock clock) {
		this.engine = engine;
		this.articles = articles;
		this.clock = clock;
	}

	/**
	 * Indexes a published article, removes any other; one change at a time, so the state
	 * read last is the state indexed last.
	 * @param event the change
	 */
	@TransactionalEventListener(fallbackExecution = true)
	synchronized void onArticleChanged(ArticleChanged event) {
		update(event.articleId(), () -> event.deleted() ? null : this.articles.find(event.articleId()).orElse(null));
	}

	/**
	 * Brings an article changed on another node up to date, as the database now holds it.
	 * @param articleId the article
	 */
	synchronized void follow(long articleId) {
		update(articleId, () -> this.articles.reload(articleId).orElse(null));
	}

	private void update(long articleId, Supplier<Article> current) {
		try {
			Article article = current.get();
			if (article != null && article.isPublished()) {
				this.engine.index(article);
			}
			else {
				this.engine.remove(articleId);
			}
		}
		catch (RuntimeException ex) {
			logger.error("Search index not updated for article {}; rebuild it from the back office", articleId, ex);
		}
	}

	@EventListener(ContentReset.class)
	void onContentReset() {
		rebuild();
	}

	/**
	 * Starts a rebuild in the background when the index is missing or empty while
	 * articles are published, or may lack changes after an abrupt stop.
	 * @return whether one started
	 */
	boolean rebuildIfMissing() {
		if (this.engine.missedChanges()) {
			logger.info("The site stopped before the search index was saved; rebuilding it");
		}
		else if (this.engine.size() == 0 && this.articles.countPublished() > 0) {
			logger.info("The search index is missing or empty; rebuilding it");
		}
		else {
			return false;
		}
		start();
		return true;
	}

	/**
	 * Starts a rebuild in the background, unless one is running.
	 * @return the status right after starting
	 */
	RebuildStatus start() {
		RebuildStatus current = this.status.get();
		if (!current.running() && this.status.compareAndSet(current, starting())) {
			this.background.execute(this::run);
		}
		return this.status.get();
	}

	RebuildStatus status() {
		return this.status.get();
	}

	/** Rebuilds now, in the caller's thread. */
	void rebuild() {
		this.status.set(starting());
		run();
	}

	private RebuildStatus starting() {
		return new RebuildStatus(true, 0, this.articles.countPublished(), this.clock.instant(), null, null);
	}

	private void run() {
		String failure = null;
		try {
			this.engine.rebuild(this::nextBatch, (count) -> this.status.updateAndGet((s) -> s.progressed(count)));
		}
		catch (RuntimeException ex) {
			failure = ex.toString();
			if (!this.stopping) {
				logger.error("Rebuilding the search index failed", ex);
			}
		}
		String error = failure;
		RebuildStatus done = this.status.updateAndGet((s) -> s.finished(this.clock.instant(), error));
		if (error == null) {
			logger.info("Search index rebuilt: {} articles in {} ms", done.done(), done.took().toMillis());
		}
	}

	private List<Article> nextBatch(long afterId, int limit) {
		if (this.stopping) {
			throw new CancellationException("The site is shutting down");
		}
		return this.articles.publishedAfter(afterId, limit);
	}

	/**
	 * Stops a running rebuild at its next batch; the index stays as last committed, so
	 * the next start rebuilds it again.
	 */
	@Override
	public void destroy() throws InterruptedException {
		this.stopping = true;
		this.background.shutdown();
		this.background.awaitTermination(30, TimeUnit.SECONDS);
	}

}
