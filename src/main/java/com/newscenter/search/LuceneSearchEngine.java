package com.newscenter.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;

import org.apache.lucene.search.Query;
import org.apache.lucene.store.AlreadyClosedException;

import com.newscenter.news.Article;
import com.newscenter.system.NewsCenterProperties;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The search engine on Lucene: one index folder ({@code newscenter.search.index-dir}, by
 * default {@code search} in the data dir) holding every language in fields of its own.
 * Each change is committed at once and seen by the next search; a rebuild writes
 * everything anew and shows it only when complete.
 */
@Component
class LuceneSearchEngine implements SearchEngine, DisposableBean {

	static final int BATCH = 500;

	private static final int MAX_TERMS = 64;

	private final Path path;

	private final LanguageAnalyzers analyzers;

	private final LuceneHits hits;

	/** Held by every write, and by a rebuild for each batch it reads and writes. */
	private final ReentrantLock writes = new ReentrantLock();

	private final ReentrantLock rebuilds = new ReentrantLock();

	private volatile LuceneIndex index;

	private volatile boolean rebuilding;

	LuceneSearchEngine(NewsCenterProperties properties) throws IOException {
		this.path = properties.searchIndexDir().toAbsolutePath();
		this.analyzers = new LanguageAnalyzers(properties.languages());
		this.hits = new LuceneHits(new Snippets(this.analyzers));
		this.index = LuceneIndex.open(this.path, this.analyzers);
	}

	@Override
	public void index(Article article) {
		locked(() -> {
			this.index.writer().updateDocument(ArticleDocuments.idTerm(article.id()), ArticleDocuments.of(article));
			return commitUnlessRebuilding();
		});
	}

	@Override
	public void remove(long articleId) {
		locked(() -> {
			this.index.writer().deleteDocuments(ArticleDocuments.idTerm(articleId));
			return commitUnlessRebuilding();
		});
	}

	@Override
	public SearchHits search(SearchQuery query) {
		List<String> terms = this.analyzers.terms(query.language(), query.text(), MAX_TERMS);
		if (terms.isEmpty()) {
			return SearchHits.none(query.page(), query.size());
		}
		Query lucene = LuceneQueries.allWords(query.language(), terms);
		try {
			try {
				return this.index.withSearcher((searcher) -> this.hits.read(searcher, lucene, query));
			}
			catch (AlreadyClosedException ex) { // replaced by a rebuild meanwhile
				return this.index.withSearcher((searcher) -> this.hits.read(searcher, lucene, query));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void rebuild(ArticleFeed feed, LongConsumer progress) {
		this.rebuilds.lock();
		try {
			locked(this::begin);
			long[] position = { 0, 0 }; // last key read, articles indexed
			while (locked(() -> indexBatch(feed, position))) {
				progress.accept(position[1]);
			}
			locked(() -> {
				this.rebuilding = false;
				this.index.commit();
				return true;
			});
		}
		catch (RuntimeException ex) {
			locked(this::abort);
			throw ex;
		}
		finally {
			this.rebuilds.unlock();
		}
	}

	/** Starts a rebuild: a fresh folder if the old one went missing, else emptied. */
	private boolean begin() throws IOException {
		this.rebuilding = true;
		if (this.index.isMissingOnDisk()) {
			LuceneIndex old = this.index;
			this.index = LuceneIndex.create(this.path, this.analyzers);
			old.close();
		}
		this.index.writer().deleteAll();
		return true;
	}

	/** Reads and indexes the next batch; tells whether there was one. */
	private boolean indexBatch(ArticleFeed feed, long[] position) throws IOException {
		List<Article> batch = feed.after(position[0], BATCH);
		for (Article article : batch) {
			if (article.isPublished()) {
				this.index.writer().updateDocument(ArticleDocuments.idTerm(article.id()), ArticleDocuments.of(article));
				position[1]++;
			}
			position[0] = article.id();
		}
		return !batch.isEmpty();
	}

	/** Gives up a rebuild: back to the last commit, the index as it was before. */
	private boolean abort() throws IOException {
		this.rebuilding = false;
		this.index.close();
		this.index = LuceneIndex.open(this.path, this.analyzers);
		return true;
	}

	@Override
	public long size() {
		LuceneIndex current = this.index;
		if (current.isMissingOnDisk()) {
			return 0;
		}
		try {
			return current.withSearcher((searcher) -> (long) searcher.getIndexReader().numDocs());
		}
		catch (IOException | AlreadyClosedException ex) {
			return 0;
		}
	}

	private boolean commitUnlessRebuilding() throws IOException {
		if (!this.rebuilding) {
			this.index.commit();
		}
		return true;
	}

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
	public void destroy() {
		this.writes.lock();
		try {
			this.index.close();
			this.analyzers.close();
		}
		finally {
			this.writes.unlock();
		}
	}

	/**
	 * Something done with the index that may fail to read or write it.
	 *
	 * @param <T> what it returns
	 */
	@FunctionalInterface
	private interface IoAction<T> {

		T run() throws IOException;

	}

}
