package com.newscenter.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

/**
 * One open index folder: its writer, and the searchers that see its changes in near real
 * time.
 */
final class LuceneIndex implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(LuceneIndex.class);

	private final Path path;

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private LuceneIndex(Path path, Directory directory, IndexWriter writer) throws IOException {
		this.path = path;
		this.directory = directory;
		this.writer = writer;
		this.searchers = new SearcherManager(writer, null);
	}

	/**
	 * Opens the index in a folder; a missing one is created, an unreadable one replaced
	 * by an empty one (a rebuild fills it).
	 * @param path the folder
	 * @param analyzer the analyzer of every field
	 * @return the open index
	 * @throws IOException if the folder cannot be used at all
	 */
	static LuceneIndex open(Path path, Analyzer analyzer) throws IOException {
		Files.createDirectories(path);
		Directory directory = FSDirectory.open(path);
		try {
			return new LuceneIndex(path, directory,
					new IndexWriter(directory, config(analyzer, OpenMode.CREATE_OR_APPEND)));
		}
		catch (LockObtainFailedException ex) {
			directory.close();
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("The search index in {} cannot be read ({}); starting an empty one", path, ex.toString());
			directory.close();
			return create(path, analyzer);
		}
	}

	/**
	 * Opens an empty index in a folder, whatever it held.
	 * @param path the folder
	 * @param analyzer the analyzer of every field
	 * @return the open index
	 * @throws IOException if the folder cannot be used
	 */
	static LuceneIndex create(Path path, Analyzer analyzer) throws IOException {
		FileSystemUtils.deleteRecursively(path);
		Files.createDirectories(path);
		Directory directory = FSDirectory.open(path);
		return new LuceneIndex(path, directory, new IndexWriter(directory, config(analyzer, OpenMode.CREATE)));
	}

	private static IndexWriterConfig config(Analyzer analyzer, OpenMode mode) {
		return new IndexWriterConfig(analyzer).setOpenMode(mode).setCommitOnClose(false).setRAMBufferSizeMB(64);
	}

	IndexWriter writer() {
		return this.writer;
	}

	SearcherManager searchers() {
		return this.searchers;
	}

	/**
	 * Tells whether the folder lost its index behind the writer's back (deleted by hand).
	 * @return whether no committed index is on disk
	 */
	boolean isMissingOnDisk() {
		try {
			return !Files.isDirectory(this.path) || !DirectoryReader.indexExists(this.directory);
		}
		catch (IOException ex) {
			return true;
		}
	}

	/**
	 * Runs something with a searcher of the latest state.
	 * @param <T> what it returns
	 * @param action what to run
	 * @return what it returned
	 * @throws IOException if the index cannot be read
	 */
	<T> T withSearcher(SearcherAction<T> action) throws IOException {
		IndexSearcher searcher = this.searchers.acquire();
		try {
			return action.apply(searcher);
		}
		finally {
			this.searchers.release(searcher);
		}
	}

	/**
	 * Makes the changes so far durable and visible to new searches.
	 * @throws IOException if the index cannot be written
	 */
	void commit() throws IOException {
		this.writer.commit();
		this.searchers.maybeRefreshBlocking();
	}

	@Override
	public void close() {
		closeQuietly(this.searchers);
		closeQuietly(this.writer);
		closeQuietly(this.directory);
	}

	/**
	 * Something done with a searcher.
	 *
	 * @param <T> what it returns
	 */
	@FunctionalInterface
	interface SearcherAction<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			logger.debug("Closing the search index failed", ex);
		}
	}

}
