package com.newscenter.migration.wordpress;

import java.time.Clock;
import java.time.Duration;

import com.newscenter.account.Actor;
import com.newscenter.account.Role;
import com.newscenter.support.Staff;
import com.newscenter.support.TestDatabase;
import com.newscenter.support.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An import started from the back office is checked while its sender waits, then runs on
 * its own, one at a time on a node, writing its progress and finally its report; a node
 * that shuts down stops it between two posts, and imports again once started again.
 */
@SpringBootTest
class ImportJobsTests {

	private static final Actor ADMIN = Staff.actor(Role.ADMIN);

	@Autowired
	ImportJobs jobs;

	@Autowired
	WordPressImporter importer;

	@Autowired
	ImportJobRepository repository;

	@Autowired
	ImportSteps steps;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestDatabase database;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void anImportRunsAfterTheAnswerOneAtATime() throws Exception {
		String first = this.jobs.start(upload(WordPressExports.drafts(400)), "en", ADMIN);

		assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> this.jobs.start(upload(WordPressExports.export()), "en", ADMIN))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(ex.getMessageKey()).isEqualTo("wordpress.refused.busy");
			});
		ImportJob done = finished(this.jobs, first);
		assertThat(done.state()).isEqualTo(ImportJob.State.DONE);
		assertThat(done.postsTotal()).isEqualTo(400);
		assertThat(done.postsDone()).isEqualTo(400);
		assertThat(done.percentDone()).isEqualTo(100);
		assertThat(done.report().imported()).hasSize(400);
		assertThat(done.report().site()).isEqualTo("https://many.example.com");
		assertThat(done.startedBy()).isEqualTo(ADMIN.username());

		String second = this.jobs.start(upload(WordPressExports.export()), "en", ADMIN);
		assertThat(finished(this.jobs, second).report().imported()).hasSize(10);
		assertThat(this.jobs.recent(ADMIN)).extracting(ImportJob::id).containsSubsequence(second, first);
	}

	@Test
	void aFileThatIsNoExportIsRefusedWhileItsSenderWaits() throws Exception {
		assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> this.jobs.start(upload(TestImages.png(20, 20)), "en", ADMIN))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM import_job").query(Long.class).single()).isZero();

		String next = this.jobs.start(upload(WordPressExports.export()), "en", ADMIN);
		assertThat(finished(this.jobs, next).state()).as("a refusal does not block the next import")
			.isEqualTo(ImportJob.State.DONE);
	}

	@Test
	void aNodeThatShutsDownStopsItsImportBetweenTwoPosts() throws Exception {
		ImportJobs node = new ImportJobs(this.importer, this.repository, this.json, this.clock);
		node.start();
		String id = node.start(upload(WordPressExports.drafts(3000)), "en", ADMIN);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (articles() < 20 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}

		node.stop();

		ImportJob stopped = node.find(id, ADMIN).orElseThrow();
		assertThat(stopped.state()).isEqualTo(ImportJob.State.INTERRUPTED);
		assertThat(stopped.postsDone()).isBetween(20, 2999);
		assertThat(articles()).as("every post gone through is an article; none is half there")
			.isEqualTo(stopped.postsDone());
		assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> node.start(upload(WordPressExports.export()), "en", ADMIN))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("wordpress.refused.busy"));

		// started again, as Spring's tests resume a paused context
		node.start();
		String again = node.start(upload(WordPressExports.drafts(3000)), "en", ADMIN);
		assertThat(finished(node, again).report().skipped()).as("the posts imported before")
			.hasSize(stopped.postsDone());
	}

	@Test
	void anImportEndedByAnErrorIsFailedAndTheNodeImportsAgain() throws Exception {
		WordPressImporter failing = new WordPressImporter(this.steps, this.events, this.clock) {

			@Override
			ImportReport run(PreparedImport prepared, Actor actor, java.util.function.IntConsumer progress) {
				throw new StackOverflowError("as deep an export as the stack allows");
			}

		};
		ImportJobs node = new ImportJobs(failing, this.repository, this.json, this.clock);
		node.start();

		String first = node.start(upload(WordPressExports.export()), "en", ADMIN);
		assertThat(finished(node, first).state()).isEqualTo(ImportJob.State.FAILED);
		String second = node.start(upload(WordPressExports.export()), "en", ADMIN);
		assertThat(finished(node, second).state()).as("not refused as busy").isEqualTo(ImportJob.State.FAILED);
		node.stop();
	}

	@Test
	void onlyAdministratorsSeeImports() {
		for (Role role : new Role[] { Role.EDITOR, Role.AUTHOR }) {
			Actor actor = Staff.actor(role);
			assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> this.jobs.recent(actor));
			assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> this.jobs.find("any", actor));
			assertThatExceptionOfType(RuntimeException.class)
				.isThrownBy(() -> this.jobs.start(upload(WordPressExports.export()), "en", actor));
		}
	}

	private long articles() {
		return this.jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
	}

	private static ImportJob finished(ImportJobs jobs, String id) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		ImportJob job = jobs.find(id, ADMIN).orElseThrow();
		while (job.isRunning() && System.nanoTime() < deadline) {
			Thread.sleep(20);
			job = jobs.find(id, ADMIN).orElseThrow();
		}
		return job;
	}

	private static MockMultipartFile upload(byte[] bytes) {
		return new MockMultipartFile("file", "export.xml", "application/octet-stream", bytes);
	}

}
