package com.newscenter.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.flywaydb.core.api.MigrationVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.FileSystemUtils;

/**
 * Loads a backup written by {@link BackupWriter} into an empty database and media folder,
 * all or nothing: the rows go in one transaction, and the files reach the media folder
 * only once that transaction committed.
 */
class BackupRestorer {

	private final DataSource dataSource;

	private final JsonMapper json;

	private final TableLoader tables;

	private final Path mediaFolder;

	BackupRestorer(DataSource dataSource, JsonMapper json, Path mediaFolder) {
		this.dataSource = dataSource;
		this.json = json;
		this.tables = new TableLoader(json);
		this.mediaFolder = mediaFolder;
	}

	/**
	 * Restores a backup.
	 * @param archive the backup's ZIP
	 * @param schemaVersion the Flyway version of this database's schema
	 * @return the backup's manifest
	 * @throws BackupException when the file is no backup, was written by a newer version,
	 * the database or media folder is not empty, or a row does not fit
	 */
	BackupManifest restore(Path archive, MigrationVersion schemaVersion) {
		if (!Files.isRegularFile(archive)) {
			throw new BackupException("There is no backup at " + archive);
		}
		try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
			BackupManifest manifest = manifest(zip, archive, schemaVersion);
			Path staging = Files.createTempDirectory(parentOf(this.mediaFolder), "restoring-media-");
			try {
				restoreTables(zip, manifest, staging);
				moveIntoPlace(staging);
			}
			finally {
				FileSystemUtils.deleteRecursively(staging);
			}
			return manifest;
		}
		catch (UncheckedIOException ex) {
			throw new BackupException("The backup " + archive + " could not be read: " + ex.getCause().getMessage(),
					ex);
		}
		catch (ZipException ex) {
			throw new BackupException(archive + " is not a NewsCenter backup (not a readable ZIP file)", ex);
		}
		catch (IOException ex) {
			throw new BackupException("The backup " + archive + " could not be read: " + ex.getMessage(), ex);
		}
	}

	private BackupManifest manifest(ZipFile zip, Path archive, MigrationVersion schemaVersion) throws IOException {
		ZipEntry entry = zip.getEntry(BackupFormat.MANIFEST);
		if (entry == null) {
			throw new BackupException(
					archive + " is not a NewsCenter backup (it has no " + BackupFormat.MANIFEST + ")");
		}
		BackupManifest manifest;
		try (InputStream in = zip.getInputStream(entry)) {
			manifest = this.json.readValue(in, BackupManifest.class);
		}
		catch (JacksonException ex) {
			throw new BackupException(archive + " is not a NewsCenter backup (its manifest cannot be read)", ex);
		}
		if (manifest.format() != BackupFormat.VERSION || manifest.schemaVersion() == null) {
			throw new BackupException("The backup " + archive + " has layout " + manifest.format()
					+ ", which this version of NewsCenter does not read (it reads " + BackupFormat.VERSION + ")");
		}
		if (MigrationVersion.fromVersion(manifest.schemaVersion()).compareTo(schemaVersion) > 0) {
			throw new BackupException("The backup " + archive + " was written by a newer NewsCenter (schema "
					+ manifest.schemaVersion() + ", this one has " + schemaVersion + "); restore it with that version");
		}
		return manifest;
	}

	/**
	 * Checks that the site is empty, unpacks the files to {@code staging}, then inserts
	 * the rows.
	 */
	private void restoreTables(ZipFile zip, BackupManifest manifest, Path staging) throws IOException {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				List<String> holding = TableLoader.holdingData(connection);
				if (!holding.isEmpty()) {
					throw new BackupException("The database already holds data (" + String.join(", ", holding)
							+ "): a backup is restored only into an empty database. Start with a new data dir or an "
							+ "empty PostgreSQL database; if this backup was restored already, remove "
							+ "newscenter.restore-from");
				}
				requireEmptyMediaFolder();
				unpackMedia(zip, staging);
				for (String table : BackupFormat.TABLES_IN_ORDER) {
					ZipEntry entry = zip.getEntry(BackupFormat.TABLES + table + BackupFormat.ROWS);
					if (entry == null) {
						throw new BackupException("The backup lacks the rows of table " + table);
					}
					long rows;
					try (InputStream in = zip.getInputStream(entry)) {
						rows = this.tables.insert(connection, table, in);
					}
					if (rows != manifest.rowsOf(table)) {
						throw new BackupException("The backup is incomplete: table " + table + " has " + rows
								+ " rows, its manifest says " + manifest.rowsOf(table));
					}
				}
				TableLoader.restartIdentities(connection);
				connection.commit();
			}
			catch (SQLException | IOException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
		}
		catch (SQLException ex) {
			throw new BackupException("The database refused the backup, nothing was restored: " + ex.getMessage(), ex);
		}
	}

	private void requireEmptyMediaFolder() throws IOException {
		if (Files.isDirectory(this.mediaFolder)) {
			try (Stream<Path> files = Files.list(this.mediaFolder)) {
				if (files.findAny().isPresent()) {
					throw new BackupException("The media folder " + this.mediaFolder
							+ " is not empty: a backup is restored only into an empty data dir");
				}
			}
		}
	}

	private void unpackMedia(ZipFile zip, Path staging) throws IOException {
		Path root = staging.toAbsolutePath().normalize();
		for (ZipEntry entry : Collections.list(zip.entries())) {
			if (entry.isDirectory() || !entry.getName().startsWith(BackupFormat.MEDIA)) {
				continue;
			}
			Path target = root.resolve(entry.getName().substring(BackupFormat.MEDIA.length())).normalize();
			if (!target.startsWith(root) || target.equals(root)) {
				throw new BackupException("The backup holds a file outside the media folder: " + entry.getName());
			}
			Files.createDirectories(target.getParent());
			try (InputStream in = zip.getInputStream(entry)) {
				Files.copy(in, target);
			}
		}
	}

	private void moveIntoPlace(Path staging) throws IOException {
		Files.deleteIfExists(this.mediaFolder);
		Files.move(staging, this.mediaFolder);
	}

	private static Path parentOf(Path folder) throws IOException {
		Path parent = folder.toAbsolutePath().normalize().getParent();
		Files.createDirectories(parent);
		return parent;
	}

}
