package com.newscenter.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

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
 * time. Changes are seen at once but saved (committed, which costs a disk sync) in
 * batches; a marker file in the folder says that changes are not saved yet, so a start
 * after a crash knows the index may lack them.
 */
final class LuceneIndex implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(LuceneIndex.class);

	private static final String PENDING = "pending-changes";

	/** The key of the followed-until instant in the data saved with each commit. */
	private static final String FOLLOWED = "followed-until";

	/**
	 * How old the saved followed-until instant may grow before a commit saves a newer
	 * one.
	 */
	private static final Duration FOLLOWED_REFRESH = Duration.ofMinutes(10);

	private final Path path;

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	/** Whether the index may lack changes lost in a crash, until rebuilt. */
	private boolean stale;

	private boolean pending;

	/** Whether changes wait to be shown to searches; the next search shows them. */
	private volatile boolean unseen;

	/** Up to when the saved index holds the changes made on other nodes, if known. */
	private volatile Instant followed;

	/** Whether the folder held no index when this one was opened. */
	private final boolean created;

	private LuceneIndex(Path path, Directory directory, IndexWriter writer, boolean created) throws IOException {
		this.path = path;
		this.directory = directory;
		this.writer = writer;
		this.created = created;
		this.searchers = new SearcherManager(writer, null);
		this.stale = Files.exists(path.resolve(PENDING));
		this.followed = savedFollowed(writer);
	}

	private static Instant savedFollowed(IndexWriter writer) {
		Iterable<Map.Entry<String, String>> saved = writer.getLiveCommitData();
		if (saved != null) {
			for (Map.Entry<String, String> entry : saved) {
				if (FOLLOWED.equals(entry.getKey())) {
					try {
						return Instant.parse(entry.getValue());
					}
					catch (DateTimeParseException ex) {
						return null;
					}
				}
			}
		}
		return null;
	}

	/**
	 * Opens the index in a folder; a missing one is created, an unreadable one replaced
	 * by an empty one (a rebuild fills it).
	 * @param path the folder
	 * @param analyzers the analyzers of the languages
	 * @return the open index
	 * @throws IOException if the folder cannot be used at all
	 */
	static LuceneIndex open(Path path, LanguageAnalyzers analyzers) throws IOException {
		Files.createDirectories(path);
		Directory directory = FSDirectory.open(path);
		try {
			boolean created = !DirectoryReader.indexExists(directory);
			return new LuceneIndex(path, directory,
					new IndexWriter(directory, config(analyzers, OpenMode.CREATE_OR_APPEND)), created);
		}
		catch (LockObtainFailedException ex) {
			directory.close();
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("The search index in {} cannot be read ({}); starting an empty one", path, ex.toString());
			directory.close();
			return create(path, analyzers);
		}
	}

	/**
	 * Opens an empty index in a folder, whatever it held.
	 * @param path the folder
	 * @param analyzers the analyzers of the languages
	 * @return the open index
	 * @throws IOException if the folder cannot be used
	 */
	static LuceneIndex create(Path path, LanguageAnalyzers analyzers) throws IOException {
		FileSystemUtils.deleteRecursively(path);
		Files.createDirectories(path);
		Directory directory = FSDirectory.open(path);
		return new LuceneIndex(path, directory, new IndexWriter(directory, config(analyzers, OpenMode.CREATE)), true);
	}

	private static IndexWriterConfig config(LanguageAnalyzers analyzers, OpenMode mode) {
		return new IndexWriterConfig(analyzers.fallback()).setOpenMode(mode)
			.setCommitOnClose(false)
			.setRAMBufferSizeMB(64);
	}

	IndexWriter writer() {
		return this.writer;
	}

	/**
	 * Tells whether the site stopped abruptly, last time, before saving changes.
	 * @return whether the index may lack changes
	 */
	boolean missedChanges() {
		return this.stale;
	}

	/**
	 * Tells whether the folder lost its index behind the writer's back (deleted by hand).
	 * @return whether no saved index is on disk
	 */
	boolean isMissingOnDisk() {
		try {
			return !Files.isDirectory(this.path) || !DirectoryReader.indexExists(this.directory);
		}
		catch (IOException ex) {
			return true;
		}
	}

	<T> T withSearcher(SearcherAction<T> action) throws IOException {
		if (this.unseen) {
			this.unseen = false;
			this.searchers.maybeRefreshBlocking();
		}
		IndexSearcher searcher = this.searchers.acquire();
		try {
			return action.apply(searcher);
		}
		finally {
			this.searchers.release(searcher);
		}
	}

	/**
	 * Notes that the writer holds changes not saved yet.
	 * @param visible whether to show them to the next search, or only once saved
	 * @throws IOException if the index cannot be written
	 */
	void changed(boolean visible) throws IOException {
		if (!this.pending) {
			if (!Files.exists(this.path.resolve(PENDING))) {
				Files.createFile(this.path.resolve(PENDING));
			}
			this.pending = true;
		}
		this.unseen = visible;
	}

	/**
	 * Tells whether the folder held no index, or an unreadable one, when this one was
	 * opened.
	 * @return whether this index started empty
	 */
	boolean created() {
		return this.created;
	}

	/**
	 * Returns up to when the saved index holds the changes made on other nodes.
	 * @return the instant saved with the last commit, if any
	 */
	Optional<Instant> followed() {
		return Optional.ofNullable(this.followed);
	}

	/**
	 * Saves the changes, if there are any, and shows them to new searches; saves how far
	 * the index follows other nodes, with them, or alone when what was saved has aged.
	 * @param followedUntil up to when the index holds the changes made on other nodes, or
	 * {@code null} when not known
	 * @throws IOException if the index cannot be written
	 */
	void commit(Instant followedUntil) throws IOException {
		boolean followedAged = followedUntil != null && (this.followed == null
				|| Duration.between(this.followed, followedUntil).compareTo(FOLLOWED_REFRESH) >= 0);
		if (this.pending || followedAged) {
			if (followedUntil != null) {
				this.writer.setLiveCommitData(Map.of(FOLLOWED, followedUntil.toString()).entrySet());
			}
			this.writer.commit();
			this.followed = (followedUntil != null) ? followedUntil : this.followed;
			this.searchers.maybeRefreshBlocking();
			if (!this.stale) {
				Files.deleteIfExists(this.path.resolve(PENDING));
			}
			this.pending = false;
		}
	}

	/**
	 * Saves a complete new content and shows it to new searches; the index is then no
	 * longer stale.
	 * @param followedUntil up to when the index holds the changes made on other nodes, or
	 * {@code null} when not known
	 * @throws IOException if the index cannot be written
	 */
	void commitRebuilt(Instant followedUntil) throws IOException {
		this.stale = false;
		this.pending = true;
		commit(followedUntil);
	}

	@Override
	public void close() {
		closeQuietly(this.searchers);
		closeQuietly(this.writer);
		closeQuietly(this.directory);
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			logger.debug("Closing the search index failed", ex);
		}
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

}
