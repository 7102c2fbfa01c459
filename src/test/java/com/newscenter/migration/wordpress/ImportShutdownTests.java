package com.newscenter.migration.wordpress;

import java.nio.file.Path;
import java.time.Duration;

import com.newscenter.NewsCenterApplication;
import com.newscenter.account.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node that shuts down while it imports stops the import before the services the import
 * writes through (the search index among them) close, and says how far it got.
 */
@ExtendWith(OutputCaptureExtension.class)
class ImportShutdownTests {

	@TempDir
	Path dataDir;

	@Test
	void aNodeStopsItsImportBeforeItsServicesClose(CapturedOutput output) throws Exception {
		String[] args = { "--spring.datasource.url=jdbc:h2:file:" + this.dataDir.resolve("db/newscenter"),
				"--newscenter.data-dir=" + this.dataDir, "--server.port=0", "--newscenter.demo-content=false" };
		String id;
		try (ConfigurableApplicationContext node = new SpringApplicationBuilder(NewsCenterApplication.class)
			.run(args)) {
			JdbcClient jdbc = node.getBean(JdbcClient.class);
			id = node.getBean(ImportJobs.class)
				.start(new MockMultipartFile("file", "export.xml", "text/xml", WordPressExports.drafts(3000)), "en",
						Actor.SYSTEM);
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (articles(jdbc) < 20 && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
		}

		assertThat(output).doesNotContain("Search index not updated");
		try (ConfigurableApplicationContext node = new SpringApplicationBuilder(NewsCenterApplication.class)
			.run(args)) {
			ImportJob job = node.getBean(ImportJobs.class).find(id, Actor.SYSTEM).orElseThrow();
			assertThat(job.state()).isEqualTo(ImportJob.State.INTERRUPTED);
			assertThat(articles(node.getBean(JdbcClient.class))).isEqualTo(job.postsDone());
		}
	}

	private static long articles(JdbcClient jdbc) {
		return jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
	}

}
