package com.newscenter.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;

import org.apache.lucene.search.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.newscenter.news.Article;
import com.newscenter.search.IndexSlot.IndexAction;
import com.newscenter.system.NewsCenterProperties;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The search engine on Lucene: one index folder ({@code newscenter.search.index-dir}, by
 * default {@code search} in the data dir) holding every language in fields of its own.
 * Each change is seen by the next search and saved within a second; a rebuild writes
 * everything anew and shows it only when complete.
 */
@Component
class LuceneSearchEngine implements SearchEngine, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(LuceneSearchEngine.class);

	static final int BATCH = 500;

	private static final int MAX_TERMS = 64;

	private final Path path;

	private final LanguageAnalyzers analyzers;

	private final LuceneHits hits;

	private final IndexSlot slot;

	/** Held by every write, and by a rebuild for each batch it reads and writes. */
	private final ReentrantLock writes = new ReentrantLock();

	private final ReentrantLock rebuilds = new ReentrantLock();

	private final ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "search-commit");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean rebuilding;

	LuceneSearchEngine(NewsCenterProperties properties) throws IOException {
		this.path = properties.searchIndexDir().toAbsolutePath();
		this.analyzers = new LanguageAnalyzers(properties.languages());
		this.hits = new LuceneHits(new Snippets(this.analyzers));
		this.slot = new IndexSlot(LuceneIndex.open(this.path, this.analyzers));
		long interval = properties.search().commitInterval().toMillis();
		this.committer.scheduleWithFixedDelay(this::commit, interval, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public void index(Article article) {
		write((index) -> {
			index.writer().updateDocument(ArticleDocuments.idTerm(article.id()), ArticleDocuments.of(article));
			index.changed(!this.rebuilding);
			return true;
		});
	}

	@Override
	public void remove(long articleId) {
		write((index) -> {
			index.writer().deleteDocuments(ArticleDocuments.idTerm(articleId));
			index.changed(!this.rebuilding);
			return true;
		});
	}

	@Override
	public SearchHits search(SearchQuery query) {
		List<String> terms = this.analyzers.terms(query.language(), query.text(), MAX_TERMS);
		if (terms.isEmpty()) {
			return SearchHits.none(query.page(), query.size());
		}
		Query lucene = LuceneQueries.allWords(query.language(), terms);
		return read((index) -> index.withSearcher((searcher) -> this.hits.read(searcher, lucene, query)));
	}

	@Override
	public long size() {
		return read((index) -> index.isMissingOnDisk() ? 0L
				: index.withSearcher((searcher) -> (long) searcher.getIndexReader().numDocs()));
	}

	@Override
	public boolean missedChanges() {
		return read(LuceneIndex::missedChanges);
	}

	@Override
	public void rebuild(ArticleFeed feed, LongConsumer progress) {
		this.rebuilds.lock();
		try {
			locked(this::begin);
			long[] position = { 0, 0 }; // last key read, articles indexed
			while (write((index) -> indexBatch(index, feed, position))) {
				progress.accept(position[1]);
			}
			write((index) -> {
				this.rebuilding = false;
				index.commitRebuilt();
				return true;
			});
		}
		catch (RuntimeException ex) {
			try {
				locked(this::reopen);
			}
			catch (RuntimeException failure) {
				ex.addSuppressed(failure);
			}
			throw ex;
		}
		finally {
			this.rebuilds.unlock();
		}
	}

	/** Starts a rebuild: a fresh folder if the old one went missing, else emptied. */
	private boolean begin() throws IOException {
		this.rebuilding = true;
		if (this.slot.use(LuceneIndex::isMissingOnDisk)) {
			this.slot.replace(() -> LuceneIndex.create(this.path, this.analyzers));
		}
		return this.slot.use((index) -> {
			index.writer().deleteAll();
			index.changed(false);
			return true;
		});
	}

	/** Gives up a rebuild: back to the index as last saved. */
	private boolean reopen() throws IOException {
		this.rebuilding = false;
		this.slot.replace(() -> LuceneIndex.open(this.path, this.analyzers));
		return true;
	}

	/** Reads and indexes the next batch; tells whether there was one. */
	private static boolean indexBatch(LuceneIndex index, ArticleFeed feed, long[] position) throws IOException {
		List<Article> batch = feed.after(position[0], BATCH);
		for (Article article : batch) {
			if (article.isPublished()) {
				index.writer().updateDocument(ArticleDocuments.idTerm(article.id()), ArticleDocuments.of(article));
				position[1]++;
			}
			position[0] = article.id();
		}
		return !batch.isEmpty();
	}

	/** Saves the changes of the last moments, unless a rebuild is going on. */
	private void commit() {
		try {
			write((index) -> {
				if (!this.rebuilding) {
					index.commit();
				}
				return true;
			});
		}
		catch (RuntimeException ex) {
			logger.warn("Saving the search index failed; trying again shortly", ex);
		}
	}

	private <T> T read(IndexAction<T> action) {
		try {
			return this.slot.use(action);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private <T> T write(IndexAction<T> action) {
		return locked(() -> this.slot.use(action));
	}

	/** Runs something holding the write lock. */
	private <T> T locked(IoAction<T> action) {
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

	@Override
	public void destroy() throws InterruptedException {
		this.committer.shutdown();
		this.committer.awaitTermination(10, TimeUnit.SECONDS);
		commit();
		this.writes.lock();
		try {
			this.slot.close();
			this.analyzers.close();
		}
		finally {
			this.writes.unlock();
		}
	}

	/**
	 * Something that may fail to read or write the index.
	 *
	 * @param <T> what it returns
	 */
	@FunctionalInterface
	private interface IoAction<T> {

		T run() throws IOException;

	}

}
