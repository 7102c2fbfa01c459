package com.newscenter.migration;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A restore is all or nothing, and says why it refuses a file: not a backup, written by a
 * newer version, a row that does not fit, a file aimed outside the media folder, a
 * database that is not empty.
 */
class BackupRestorerTests {

	private static final String USER = "{\"id\":1,\"username\":\"admin\",\"password_hash\":\"{bcrypt}x\","
			+ "\"role\":\"ADMIN\",\"enabled\":true,\"created_at\":\"2026-11-01T08:00:00Z\"}";

	private static final String MEDIA = "{\"id\":1,\"storage_name\":\"a.png\",\"original_name\":\"a.png\","
			+ "\"content_type\":\"image/png\",\"width\":1,\"height\":1,\"size_bytes\":3,"
			+ "\"created_at\":\"2026-11-01T08:00:00Z\"}";

	@TempDir
	Path folder;

	private final JsonMapper json = JsonMapper.builder().build();

	private DataSource dataSource;

	private JdbcClient jdbc;

	private Path media;

	private BackupRestorer restorer;

	private MigrationVersion schema;

	@BeforeEach
	void emptyDatabase() {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:restore-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		h2.setUser("sa");
		this.dataSource = h2;
		Flyway flyway = Flyway.configure().dataSource(h2).load();
		flyway.migrate();
		this.schema = flyway.info().current().getVersion();
		this.jdbc = JdbcClient.create(h2);
		this.media = this.folder.resolve("data/media");
		this.restorer = new BackupRestorer(this.dataSource, this.json, this.media);
	}

	@Test
	void restoresRowsAndFilesAndGoesOnWithTheIds() throws IOException {
		Path archive = archive(Map.of("app_user", USER, "media", MEDIA), Map.of("a.png", "png"), "1");

		BackupManifest manifest = this.restorer.restore(archive, this.schema);

		assertThat(manifest.createdAt()).isEqualTo("2026-11-26T08:00:00Z");
		assertThat(this.jdbc.sql("SELECT username FROM app_user").query(String.class).list()).containsExactly("admin");
		assertThat(this.media.resolve("a.png")).hasContent("png");
		this.jdbc
			.sql("INSERT INTO app_user (username, password_hash, role, enabled, created_at) "
					+ "VALUES ('next', 'x', 'EDITOR', TRUE, CURRENT_TIMESTAMP)")
			.update();
		assertThat(this.jdbc.sql("SELECT id FROM app_user WHERE username = 'next'").query(Long.class).single())
			.isEqualTo(2L);
	}

	@Test
	void aCategoryComesAfterItsParentWhateverTheOrderOfTheRows() throws IOException {
		String child = "{\"id\":1,\"slug\":\"metro\",\"parent_id\":3,\"position\":0,\"created_at\":\"2026-11-01T08:00:00Z\"}";
		String middle = "{\"id\":3,\"slug\":\"rail\",\"parent_id\":2,\"position\":0,\"created_at\":\"2026-11-01T08:00:00Z\"}";
		String root = "{\"id\":2,\"slug\":\"projects\",\"parent_id\":null,\"position\":0,\"created_at\":\"2026-11-01T08:00:00Z\"}";
		Path archive = archive(Map.of("category", child + "\n" + middle + "\n" + root), Map.of(), "1");

		this.restorer.restore(archive, this.schema);

		assertThat(this.jdbc.sql("SELECT slug FROM category ORDER BY id").query(String.class).list())
			.containsExactly("metro", "projects", "rail");
		assertThat(this.jdbc.sql("SELECT parent_id FROM category WHERE slug = 'metro'").query(Long.class).single())
			.isEqualTo(3L);
	}

	@Test
	void aCircleOfParentsIsRefused() throws IOException {
		String one = "{\"id\":1,\"slug\":\"a\",\"parent_id\":2,\"position\":0,\"created_at\":\"2026-11-01T08:00:00Z\"}";
		String two = "{\"id\":2,\"slug\":\"b\",\"parent_id\":1,\"position\":0,\"created_at\":\"2026-11-01T08:00:00Z\"}";
		Path archive = archive(Map.of("category", one + "\n" + two), Map.of(), "1");

		assertThatThrownBy(() -> this.restorer.restore(archive, this.schema)).isInstanceOf(BackupException.class)
			.hasMessageContaining("in a circle");
	}

	@Test
	void aRowThatDoesNotFitLeavesNothingBehind() throws IOException {
		String badMedia = MEDIA.replace("\"width\":1", "\"width\":\"wide\"");
		Path archive = archive(Map.of("app_user", USER, "media", badMedia), Map.of("a.png", "png"), "1");

		assertThatThrownBy(() -> this.restorer.restore(archive, this.schema)).isInstanceOf(BackupException.class)
			.hasMessageContaining("Row 1 of table media, column width");

		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single()).isZero();
		assertThat(this.media).doesNotExist();
		assertThat(this.folder.resolve("data")).isEmptyDirectory();
	}

	@Test
	void aBackupWithFewerRowsThanItsManifestSaysIsRefused() throws IOException {
		Path archive = archive(Map.of("app_user", USER, "media", MEDIA), Map.of(), "1");
		Path cut = this.folder.resolve("cut.zip");
		try (ZipFile zip = new ZipFile(archive.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(cut))) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (!entry.getName().equals(BackupFormat.TABLES + "media" + BackupFormat.ROWS)) {
					zip.getInputStream(entry).transferTo(out);
				}
				out.closeEntry();
			}
		}

		assertThatThrownBy(() -> this.restorer.restore(cut, this.schema)).isInstanceOf(BackupException.class)
			.hasMessageContaining("incomplete: table media has 0 rows, its manifest says 1");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single()).isZero();
	}

	@Test
	void aFileAimedOutsideTheMediaFolderIsRefused() throws IOException {
		Path archive = archive(Map.of("app_user", USER), Map.of("../../escaped.txt", "x"), "1");

		assertThatThrownBy(() -> this.restorer.restore(archive, this.schema)).isInstanceOf(BackupException.class)
			.hasMessageContaining("outside the media folder");

		assertThat(this.folder.resolve("escaped.txt")).doesNotExist();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single()).isZero();
	}

	@Test
	void aBackupOfANewerSchemaIsRefused() throws IOException {
		Path archive = archive(Map.of("app_user", USER), Map.of(), "999");

		assertThatThrownBy(() -> this.restorer.restore(archive, this.schema)).isInstanceOf(BackupException.class)
			.hasMessageContaining("newer NewsCenter");
	}

	@Test
	void aFileThatIsNoBackupIsRefused() throws IOException {
		Path text = Files.writeString(this.folder.resolve("notes.zip"), "not a zip");
		Path emptyZip = this.folder.resolve("empty.zip");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(emptyZip))) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.closeEntry();
		}

		assertThatThrownBy(() -> this.restorer.restore(text, this.schema)).isInstanceOf(BackupException.class)
			.hasMessageContaining("not a NewsCenter backup");
		assertThatThrownBy(() -> this.restorer.restore(emptyZip, this.schema)).isInstanceOf(BackupException.class)
			.hasMessageContaining("not a NewsCenter backup");
		assertThatThrownBy(() -> this.restorer.restore(this.folder.resolve("missing.zip"), this.schema))
			.isInstanceOf(BackupException.class)
			.hasMessageContaining("There is no backup");
	}

	@Test
	void aDatabaseThatHoldsDataIsNotRestoredInto() throws IOException {
		this.restorer.restore(archive(Map.of("app_user", USER), Map.of(), "1"), this.schema);
		Path second = archive(Map.of("app_user", USER.replace("admin", "other")), Map.of(), "1");

		assertThatThrownBy(() -> this.restorer.restore(second, this.schema)).isInstanceOf(BackupException.class)
			.hasMessageContaining("already holds data (app_user)");
		assertThat(this.jdbc.sql("SELECT username FROM app_user").query(String.class).list()).containsExactly("admin");
	}

	private Path archive(Map<String, String> rows, Map<String, String> files, String schemaVersion) throws IOException {
		Path archive = this.folder.resolve("backup-" + UUID.randomUUID() + ".zip");
		Map<String, Long> counts = new LinkedHashMap<>();
		try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String table : BackupFormat.TABLES_IN_ORDER) {
				zip.putNextEntry(new ZipEntry(BackupFormat.TABLES + table + BackupFormat.ROWS));
				String row = rows.get(table);
				if (row != null) {
					zip.write((row + "\n").getBytes(StandardCharsets.UTF_8));
				}
				counts.put(table, (row != null) ? row.lines().count() : 0L);
				zip.closeEntry();
			}
			for (Map.Entry<String, String> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(BackupFormat.MEDIA + file.getKey()));
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry(BackupFormat.MANIFEST));
			zip.write(this.json.writeValueAsBytes(new BackupManifest(BackupFormat.VERSION, schemaVersion,
					"2026-11-26T08:00:00Z", counts, files.size())));
			zip.closeEntry();
		}
		return archive;
	}

}
