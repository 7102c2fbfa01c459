package com.newscenter.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;

import org.apache.lucene.search.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.newscenter.news.Article;
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

	private final List<String> languages;

	private final LanguageAnalyzers analyzers;

	private final LuceneHits hits;

	private final IndexSlot slot;

	private final ReentrantLock rebuilds = new ReentrantLock();

	private final ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "search-commit");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean rebuilding;

	/** Up to when the index holds the changes made on other nodes, as last noted. */
	private volatile Instant followedUntil;

	private final boolean startedEmpty;

	LuceneSearchEngine(NewsCenterProperties properties) throws IOException {
		this.path = properties.searchIndexDir().toAbsolutePath();
		this.languages = List.copyOf(properties.languages());
		this.analyzers = new LanguageAnalyzers(this.languages);
		this.hits = new LuceneHits(new Snippets(this.analyzers));
		this.slot = new IndexSlot(LuceneIndex.open(this.path, this.analyzers));
		this.startedEmpty = this.slot.read(LuceneIndex::created);
		long interval = properties.search().commitInterval().toMillis();
		this.committer.scheduleWithFixedDelay(this::commit, interval, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public void index(Article article) {
		this.slot.write((index) -> {
			index.writer()
				.updateDocument(ArticleDocuments.idTerm(article.id()),
						ArticleDocuments.of(article, this.analyzers.forLanguage(article.language())));
			index.changed(!this.rebuilding);
			return true;
		});
	}

	@Override
	public void remove(long articleId) {
		this.slot.write((index) -> {
			index.writer().deleteDocuments(ArticleDocuments.idTerm(articleId));
			index.changed(!this.rebuilding);
			return true;
		});
	}

	@Override
	public SearchHits search(SearchQuery query) {
		Map<String, List<String>> terms = new LinkedHashMap<>();
		for (String language : (query.language() != null) ? List.of(query.language()) : this.languages) {
			terms.put(language, this.analyzers.terms(language, query.text(), MAX_TERMS));
		}
		if (terms.values().stream().allMatch(List::isEmpty)) {
			return SearchHits.none(query.page(), query.size());
		}
		Query lucene = LuceneQueries.allWordsInAnyLanguage(terms);
		return this.slot
			.read((index) -> index.withSearcher((searcher) -> this.hits.read(searcher, lucene, query, terms.keySet())));
	}

	@Override
	public long size() {
		return this.slot.read((index) -> index.isMissingOnDisk() ? 0L
				: index.withSearcher((searcher) -> (long) searcher.getIndexReader().numDocs()));
	}

	@Override
	public void followedUntil(Instant instant) {
		this.followedUntil = instant;
	}

	@Override
	public Optional<Instant> followed() {
		return this.slot.read(LuceneIndex::followed);
	}

	@Override
	public boolean startedEmpty() {
		return this.startedEmpty;
	}

	@Override
	public boolean missedChanges() {
		return this.slot.read(LuceneIndex::missedChanges);
	}

	@Override
	public void rebuild(ArticleFeed feed, LongConsumer progress) {
		this.rebuilds.lock();
		try {
			this.slot.locked(this::begin);
			long[] position = { 0, 0 }; // last key read, articles indexed
			while (this.slot.write((index) -> indexBatch(index, feed, position, this.analyzers))) {
				progress.accept(position[1]);
			}
			this.slot.write((index) -> {
				this.rebuilding = false;
				index.commitRebuilt(this.followedUntil);
				return true;
			});
		}
		catch (RuntimeException ex) {
			try {
				this.slot.locked(this::reopen);
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
		if (this.slot.read(LuceneIndex::isMissingOnDisk)) {
			this.slot.replace(() -> LuceneIndex.create(this.path, this.analyzers));
		}
		return this.slot.read((index) -> {
			index.writer().deleteAll();
			index.changed(false);
			return true;
		});
	}

	/**
	 * Reads and indexes the next batch, analysing on every core; tells whether there was
	 * one.
	 */
	private static boolean indexBatch(LuceneIndex index, ArticleFeed feed, long[] position,
			LanguageAnalyzers analyzers) {
		List<Article> batch = feed.after(position[0], BATCH);
		List<Article> published = batch.stream().filter(Article::isPublished).toList();
		published.parallelStream().forEach((article) -> {
			try {
				index.writer()
					.updateDocument(ArticleDocuments.idTerm(article.id()),
							ArticleDocuments.of(article, analyzers.forLanguage(article.language())));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		position[1] += published.size();
		position[0] = batch.isEmpty() ? position[0] : batch.get(batch.size() - 1).id();
		return !batch.isEmpty();
	}

	/** Gives up a rebuild: back to the index as last saved. */
	private boolean reopen() throws IOException {
		this.rebuilding = false;
		this.slot.replace(() -> LuceneIndex.open(this.path, this.analyzers));
		return true;
	}

	/** Saves the changes of the last moments, unless a rebuild is going on. */
	private void commit() {
		try {
			this.slot.write((index) -> {
				if (!this.rebuilding) {
					index.commit(this.followedUntil);
				}
				return true;
			});
		}
		catch (RuntimeException ex) {
			logger.warn("Saving the search index failed; trying again shortly", ex);
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		this.committer.shutdown();
		this.committer.awaitTermination(10, TimeUnit.SECONDS);
		commit();
		this.slot.close();
		this.analyzers.close();
	}

}
