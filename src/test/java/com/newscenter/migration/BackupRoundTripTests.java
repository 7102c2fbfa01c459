package com.newscenter.migration;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import com.newscenter.account.AccountService;
import com.newscenter.account.Actor;
import com.newscenter.account.Role;
import com.newscenter.account.User;
import com.newscenter.analytics.ViewCounter;
import com.newscenter.analytics.Visitor;
import com.newscenter.media.Media;
import com.newscenter.media.MediaService;
import com.newscenter.news.Article;
import com.newscenter.news.ArticleEditor;
import com.newscenter.news.ArticleInput;
import com.newscenter.news.ArticleService;
import com.newscenter.news.ArticleStatus;
import com.newscenter.search.SearchHit;
import com.newscenter.search.SearchService;
import com.newscenter.support.Postgres;
import com.newscenter.support.Staff;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A backup taken on the embedded H2 database restores on a real PostgreSQL: every row and
 * every file comes back as it was, passwords still work, ids go on from where they were,
 * the search index is rebuilt, and a database that already holds data is refused.
 */
@SpringBootTest
class BackupRoundTripTests {

	/**
	 * A data dir of its own: the shared one of the other tests holds their uploads too.
	 */
	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void ownDataDir(DynamicPropertyRegistry registry) {
		registry.add("newscenter.data-dir", () -> dataDir.toString());
	}

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	BackupWriter backups;

	@Autowired
	DataSource dataSource;

	@Autowired
	TestContent content;

	@Autowired
	ArticleService articles;

	@Autowired
	MediaService media;

	@Autowired
	ViewCounter views;

	@Autowired
	Staff staff;

	@TempDir
	Path folder;

	@Test
	void everyTableIsBackedUpOrLeftOutOnPurpose() throws Exception {
		Set<String> tables = new HashSet<>();
		try (Connection connection = this.dataSource.getConnection();
				ResultSet result = connection.getMetaData()
					.getTables(null, connection.getSchema(), null, new String[] { "TABLE" })) {
			while (result.next()) {
				tables.add(result.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
			}
		}
		Set<String> known = new HashSet<>(BackupFormat.TABLES_IN_ORDER);
		known.addAll(BackupFormat.LEFT_OUT);

		assertThat(tables).as("each table of the schema is either backed up or left out on purpose")
			.containsExactlyInAnyOrderElementsOf(known);
	}

	@Test
	void aBackupOfH2RestoresOnPostgresAsItWas() throws Exception {
		User editor = this.staff.create(Role.EDITOR);
		byte[] image = TestImages.noisePng(40, 30);
		Media cover = this.media.store("cover.png", image);
		this.content.category("parent-" + editor.id());
		Article article = this.content.article("en")
			.title("Viaduct " + editor.id() + " opens")
			.body("<p>The longest viaduct, 2,300 m.</p>")
			.categories("parent-" + editor.id())
			.cover(cover.id())
			.create();
		Article chinese = this.content.article("zh")
			.title("高架桥通车")
			.body("<p>全长两千三百米，今日通车。</p>")
			.translationOf(article.id())
			.create();
		this.views.record(article.id(), 0, new Visitor("visitor-1", null));
		this.views.record(article.id(), 0, new Visitor("visitor-2", null));
		Path archive = this.folder.resolve("backup.zip");
		BackupManifest manifest;
		try (OutputStream out = Files.newOutputStream(archive)) {
			manifest = this.backups.write(out, Actor.SYSTEM);
		}
		assertThat(manifest.rowsOf("article")).isGreaterThanOrEqualTo(2);
		assertThat(this.articles.reload(article.id()).orElseThrow().views()).isEqualTo(2);

		String url = Postgres.newDatabase();
		Path restoredDir = this.folder.resolve("restored");
		try (ConfigurableApplicationContext node = Postgres.node(url, "--newscenter.data-dir=" + restoredDir,
				"--newscenter.restore-from=" + archive)) {
			Path again = this.folder.resolve("again.zip");
			try (OutputStream out = Files.newOutputStream(again)) {
				node.getBean(BackupWriter.class).write(out, Actor.SYSTEM);
			}
			assertThat(entries(again)).as("every row and file, read back from PostgreSQL").isEqualTo(entries(archive));

			ArticleService restored = node.getBean(ArticleService.class);
			Article back = restored.reload(article.id()).orElseThrow();
			assertThat(back.title()).isEqualTo(article.title());
			assertThat(back.views()).isEqualTo(2);
			assertThat(restored.reload(chinese.id()).orElseThrow().body()).contains("全长两千三百米");
			Media restoredCover = node.getBean(MediaService.class).findById(cover.id()).orElseThrow();
			assertThat(restoredCover.originalName()).isEqualTo("cover.png");
			assertThat(
					node.getBean(AccountService.class).issueToken(editor.username(), Staff.password(editor.username())))
				.as("the password still works")
				.isPresent();
			assertThat(awaitSearch(node.getBean(SearchService.class), "viaduct")).contains(article.id());
			Article added = node.getBean(ArticleEditor.class)
				.create(new ArticleInput("en", "After the restore", "<p>New.</p>", null, null, ArticleStatus.PUBLISHED,
						null, null, null), Actor.SYSTEM);
			assertThat(added.id()).as("ids go on after the restored ones").isGreaterThan(chinese.id());
		}

		assertThatThrownBy(() -> Postgres.node(url, "--newscenter.data-dir=" + this.folder.resolve("other"),
				"--newscenter.restore-from=" + archive))
			.as("a database that holds data is not restored into")
			.hasStackTraceContaining("already holds data");
	}

	/**
	 * Each entry but the manifest, rows as a sorted set of lines: the order of rows is
	 * not kept.
	 */
	private static Map<String, String> entries(Path archive) throws IOException {
		Map<String, String> entries = new TreeMap<>();
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				if (entry.getName().equals(BackupFormat.MANIFEST)) {
					continue;
				}
				byte[] bytes = zip.getInputStream(entry).readAllBytes();
				if (entry.getName().endsWith(BackupFormat.ROWS)) {
					List<String> lines = new ArrayList<>(
							Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n")));
					lines.sort(null);
					entries.put(entry.getName(), String.join("\n", lines));
				}
				else {
					entries.put(entry.getName(), HexFormat.of().formatHex(bytes));
				}
			}
		}
		return entries;
	}

	private static List<Long> awaitSearch(SearchService search, String word) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		List<Long> ids = ids(search, word);
		while (ids.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(100);
			ids = ids(search, word);
		}
		return ids;
	}

	private static List<Long> ids(SearchService search, String word) {
		return search.search("en", word, 1, 10).items().stream().map(SearchHit::id).toList();
	}

}
