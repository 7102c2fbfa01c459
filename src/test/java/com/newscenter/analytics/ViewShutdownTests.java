package com.newscenter.analytics;

import java.io.File;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.newscenter.support.SiteClient;
import com.newscenter.NewsCenterApplication;
import com.newscenter.news.Article;
import com.newscenter.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stops the site the way an operator does — SIGTERM to its own JVM, running on the
 * default embedded database — and checks the views counted but not yet written are in the
 * database afterwards: the JVM's shutdown hooks must not close the database before the
 * last flush.
 */
class ViewShutdownTests {

	private static final int VIEWS = 5;

	@TempDir
	Path dataDir;

	@Test
	void sigtermWritesPendingViewsToTheDefaultDatabase() throws Exception {
		long articleId = createArticle();
		int port = freePort();
		Process site = startSite(port);
		try {
			SiteClient client = new SiteClient(port);
			awaitUp(client, site);
			for (int i = 0; i < VIEWS; i++) {
				HttpResponse<String> page = client.get("/en/news/" + articleId, UUID.randomUUID().toString());
				assertThat(SiteClient.shownViews(page)).isEqualTo(i + 1);
			}
			site.destroy();
			assertThat(site.waitFor(60, TimeUnit.SECONDS)).as("the site stops within 60 s").isTrue();
		}
		finally {
			site.destroyForcibly();
		}

		assertThat(storedViews(articleId)).isEqualTo(VIEWS);
	}

	/** Creates the schema and one article in the data dir, in this JVM. */
	private long createArticle() {
		try (ConfigurableApplicationContext setUp = new SpringApplicationBuilder(NewsCenterApplication.class).run(
				"--spring.datasource.url=" + databaseUrl(), "--newscenter.data-dir=" + this.dataDir.toAbsolutePath(),
				"--server.port=0", "--newscenter.demo-content=false")) {
			Article article = setUp.getBean(TestContent.class).article("en").create();
			return article.id();
		}
	}

	/**
	 * Starts the site in a JVM of its own with the shipped configuration only (the tests'
	 * own is left out), views flushed hourly so only the shutdown flush can write them.
	 */
	private Process startSite(int port) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
				NewsCenterApplication.class.getName(), "--spring.config.location=classpath:/application.properties",
				"--newscenter.data-dir=" + this.dataDir.toAbsolutePath(), "--server.address=127.0.0.1",
				"--server.port=" + port, "--newscenter.demo-content=false", "--newscenter.views.flush-interval=PT1H",
				// the test support beans on the class path need it; admin exists already
				"--newscenter.admin.password=unused-here");
		File log = this.dataDir.resolve("site.log").toFile();
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
	}

	private void awaitUp(SiteClient client, Process site) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(deadline)) {
			if (!site.isAlive()) {
				String log = java.nio.file.Files.readString(this.dataDir.resolve("site.log"));
				throw new AssertionError(
						"the site exited while starting:\n" + log.substring(Math.max(0, log.length() - 4000)));
			}
			try {
				if (client.get("/actuator/health").statusCode() == 200) {
					return;
				}
			}
			catch (java.io.IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the site did not start within 120 s");
	}

	private long storedViews(long articleId) throws Exception {
		try (Connection connection = DriverManager.getConnection(databaseUrl(), "sa", "");
				PreparedStatement query = connection.prepareStatement("SELECT views FROM article WHERE id = ?")) {
			query.setLong(1, articleId);
			try (ResultSet row = query.executeQuery()) {
				assertThat(row.next()).isTrue();
				return row.getLong(1);
			}
		}
	}

	/** Where the shipped configuration puts the database for this data dir. */
	private String databaseUrl() {
		return "jdbc:h2:file:" + this.dataDir.toAbsolutePath().resolve("db/newscenter");
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
