package com.newscenter.migration;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import com.newscenter.account.Actor;
import com.newscenter.analytics.ViewCounter;
import com.newscenter.audit.Audited;
import com.newscenter.media.MediaService;
import com.newscenter.system.NewsCenterProperties;
import com.newscenter.system.web.ForbiddenException;
import org.flywaydb.core.Flyway;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Writes a full backup (every table's rows and every uploaded file) as one ZIP, read in a
 * single snapshot of the database, for administrators to download and keep.
 */
@Service
public class BackupWriter {

	private final DataSource dataSource;

	private final Flyway flyway;

	private final ViewCounter views;

	private final JsonMapper json;

	private final Path mediaFolder;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	BackupWriter(DataSource dataSource, Flyway flyway, ViewCounter views, JsonMapper json,
			NewsCenterProperties properties, Clock clock, ApplicationEventPublisher events) {
		this.dataSource = dataSource;
		this.flyway = flyway;
		this.views = views;
		this.json = json;
		this.mediaFolder = MediaService.mediaFolder(properties);
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Writes the backup. Views counted so far are written to the database first, so the
	 * backup holds them.
	 * @param out where the ZIP goes; left open
	 * @param actor who asks: administrators only
	 * @return what the backup holds
	 * @throws IOException when {@code out} fails
	 */
	public BackupManifest write(OutputStream out, Actor actor) throws IOException {
		checkCanWrite(actor);
		this.views.flush();
		String createdAt = this.clock.instant().toString();
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		Map<String, Long> rows = writeTables(zip);
		long mediaFiles = writeMedia(zip);
		BackupManifest manifest = new BackupManifest(BackupFormat.VERSION, schemaVersion(), createdAt, rows,
				mediaFiles);
		zip.putNextEntry(new ZipEntry(BackupFormat.MANIFEST));
		zip.write(this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
		zip.closeEntry();
		zip.finish();
		this.events.publishEvent(new Audited(actor, "backup.downloaded", "site",
				rows.getOrDefault("article", 0L) + " articles, " + mediaFiles + " media files"));
		return manifest;
	}

	/**
	 * Refuses anyone but an administrator: a backup holds every password hash and token.
	 * @param actor who asks
	 * @throws ForbiddenException for anyone else
	 */
	public void checkCanWrite(Actor actor) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("Only administrators may take a backup");
		}
	}

	private Map<String, Long> writeTables(ZipOutputStream zip) throws IOException {
		Map<String, Long> rows = new LinkedHashMap<>();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.setReadOnly(true);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			try {
				for (String table : BackupFormat.TABLES_IN_ORDER) {
					zip.putNextEntry(new ZipEntry(BackupFormat.TABLES + table + BackupFormat.ROWS));
					rows.put(table, writeRows(connection, table, zip));
					zip.closeEntry();
				}
			}
			finally {
				connection.rollback();
			}
		}
		catch (SQLException ex) {
			throw new BackupException("The database could not be read for the backup: " + ex.getMessage(), ex);
		}
		return rows;
	}

	private long writeRows(Connection connection, String table, OutputStream out) throws SQLException, IOException {
		try (PreparedStatement select = connection.prepareStatement("SELECT * FROM " + table + " ORDER BY 1")) {
			// PostgreSQL's driver streams a result, rather than hold it whole, only with
			// a
			// fetch size (and inside a transaction)
			select.setFetchSize(500);
			return writeRows(select, out);
		}
	}

	private long writeRows(PreparedStatement select, OutputStream out) throws SQLException, IOException {
		long count = 0;
		try (ResultSet result = select.executeQuery()) {
			ResultSetMetaData meta = result.getMetaData();
			List<String> names = new ArrayList<>();
			List<ColumnKind> kinds = new ArrayList<>();
			for (int column = 1; column <= meta.getColumnCount(); column++) {
				names.add(meta.getColumnLabel(column).toLowerCase(Locale.ROOT));
				kinds.add(ColumnKind.of(meta, column));
			}
			while (result.next()) {
				Map<String, Object> row = new LinkedHashMap<>();
				for (int column = 1; column <= names.size(); column++) {
					row.put(names.get(column - 1), kinds.get(column - 1).read(result, column));
				}
				out.write(this.json.writeValueAsBytes(row));
				out.write('\n');
				count++;
			}
		}
		return count;
	}

	private long writeMedia(ZipOutputStream zip) throws IOException {
		if (!Files.isDirectory(this.mediaFolder)) {
			return 0;
		}
		List<Path> files;
		try (Stream<Path> walk = Files.walk(this.mediaFolder)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		for (Path file : files) {
			String name = this.mediaFolder.relativize(file).toString().replace('\\', '/');
			zip.putNextEntry(new ZipEntry(BackupFormat.MEDIA + name));
			Files.copy(file, zip);
			zip.closeEntry();
		}
		return files.size();
	}

	private String schemaVersion() {
		var current = this.flyway.info().current();
		return (current != null) ? current.getVersion().getVersion() : "0";
	}

}
