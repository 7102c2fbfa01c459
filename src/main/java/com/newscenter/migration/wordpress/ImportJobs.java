package com.newscenter.migration.wordpress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.newscenter.account.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Runs the imports started from the back office on their own, one at a time on each node:
 * the file is checked while its sender waits, then the import goes on after the answer,
 * so a large site is not cut off by a proxy's time limit, and its page shows its progress
 * and then its report.
 */
@Service
public class ImportJobs implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ImportJobs.class);

	/** An import whose progress was not written for this long stopped with its node. */
	static final Duration STALE = Duration.ofMinutes(2);

	private static final Duration KEPT = Duration.ofDays(30);

	private static final int RECENT = 10;

	private final WordPressImporter importer;

	private final ImportJobRepository repository;

	private final JsonMapper json;

	private final Clock clock;

	/** Where imports run; made anew each time the node starts, or resumes in tests. */
	private volatile ExecutorService executor;

	/** The import running on this node, or {@code null}. */
	private final AtomicReference<String> running = new AtomicReference<>();

	private volatile boolean stopping;

	private volatile boolean started;

	ImportJobs(WordPressImporter importer, ImportJobRepository repository, JsonMapper json, Clock clock) {
		this.importer = importer;
		this.repository = repository;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Checks an uploaded export and starts importing it.
	 * @param upload the export, or a ZIP of it and its uploads folder
	 * @param language the language of posts whose language the export does not say
	 * @param actor who imports
	 * @return the import's id
	 * @throws ImportRefusedException when the file is no export, or another import runs
	 * on this node; nothing is imported then
	 * @throws IOException when the upload cannot be copied
	 */
	public String start(MultipartFile upload, String language, Actor actor) throws IOException {
		this.importer.checkCanImport(actor);
		String id = UUID.randomUUID().toString();
		if (!this.started || this.stopping || !this.running.compareAndSet(null, id)) {
			throw ImportRefusedException.busy();
		}
		Path copy = null;
		PreparedImport prepared = null;
		try {
			copy = WordPressImporter.copyOf(upload);
			prepared = this.importer.prepare(copy, language);
			Instant now = this.clock.instant();
			this.repository.forgetStartedBefore(now.minus(KEPT));
			this.repository.insert(id, actor.username(), now, prepared.posts());
			PreparedImport export = prepared;
			Path file = copy;
			this.executor.execute(() -> run(id, export, file, actor));
			return id;
		}
		catch (IOException | RuntimeException ex) {
			if (prepared != null) {
				prepared.close();
			}
			if (copy != null) {
				Files.deleteIfExists(copy);
			}
			this.running.set(null);
			throw ex;
		}
	}

	/**
	 * Finds an import.
	 * @param id its id
	 * @param actor who asks
	 * @return the import, or empty when there is none of that id
	 */
	public Optional<ImportJob> find(String id, Actor actor) {
		this.importer.checkCanImport(actor);
		return this.repository.find(id).map(this::job);
	}

	/**
	 * Returns the latest imports, newest first.
	 * @param actor who asks
	 * @return at most ten imports
	 */
	public List<ImportJob> recent(Actor actor) {
		this.importer.checkCanImport(actor);
		return this.repository.recent(RECENT).stream().map(this::job).toList();
	}

	private void run(String id, PreparedImport prepared, Path file, Actor actor) {
		int[] done = new int[1];
		long[] written = { this.clock.millis() };
		// failed unless it says otherwise, also when an error such as a full heap ends it
		ImportJob.State state = ImportJob.State.FAILED;
		String report = null;
		try (prepared) {
			report = this.json.writeValueAsString(this.importer.run(prepared, actor, (postsDone) -> {
				done[0] = postsDone;
				if (this.stopping) {
					throw new ImportInterruptedException();
				}
				if (this.clock.millis() - written[0] >= 1000) {
					written[0] = this.clock.millis();
					this.repository.progress(id, postsDone, this.clock.instant());
				}
			}));
			state = ImportJob.State.DONE;
		}
		catch (ImportInterruptedException ex) {
			logger.info("WordPress import {} stopped after {} posts, as the node shuts down", id, done[0]);
			state = ImportJob.State.INTERRUPTED;
		}
		catch (RuntimeException ex) {
			logger.error("WordPress import {} stopped after {} posts", id, done[0], ex);
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				logger.warn("Could not delete the uploaded export {}", file, ex);
			}
			// another import may start once this one's page shows it finished
			this.running.set(null);
			finish(id, state, done[0], report);
		}
	}

	private void finish(String id, ImportJob.State state, int done, String report) {
		try {
			this.repository.finish(id, state, done, report, this.clock.instant());
		}
		catch (RuntimeException ex) {
			logger.warn("Could not write how WordPress import {} ended ({})", id, ex.toString());
		}
	}

	private ImportJob job(ImportJobRepository.Row row) {
		ImportJob.State state = row.state();
		if (state == ImportJob.State.RUNNING && row.updatedAt().isBefore(this.clock.instant().minus(STALE))) {
			state = ImportJob.State.INTERRUPTED;
		}
		ImportReport report = null;
		if (row.report() != null) {
			try {
				report = this.json.readValue(row.report(), ImportReport.class);
			}
			catch (JacksonException ex) {
				logger.warn("The report of WordPress import {} cannot be read ({})", row.id(), ex.toString());
			}
		}
		return new ImportJob(row.id(), row.startedBy(), row.startedAt(), row.updatedAt(), state, row.postsTotal(),
				row.postsDone(), report);
	}

	@Override
	public void start() {
		this.executor = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "wordpress-import");
			thread.setDaemon(true);
			return thread;
		});
		this.stopping = false;
		this.started = true;
	}

	/**
	 * Lets a running import finish the post it is at, then stops it, so the node shuts
	 * down without waiting for the whole export; this happens before the services the
	 * import uses (such as the search index) close.
	 */
	@Override
	public void stop() {
		this.stopping = true;
		if (this.executor == null) {
			return;
		}
		this.executor.shutdown();
		try {
			if (!this.executor.awaitTermination(30, TimeUnit.SECONDS)) {
				this.executor.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			this.executor.shutdownNow();
			Thread.currentThread().interrupt();
		}
		this.started = false;
		this.running.set(null);
	}

	@Override
	public boolean isRunning() {
		return this.started;
	}

}
