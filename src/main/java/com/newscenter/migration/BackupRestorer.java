package com.newscenter.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.flywaydb.core.api.MigrationVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.FileSystemUtils;

/**
 * Loads a backup written by {@link BackupWriter} into an empty database and media folder,
 * all or nothing: the rows go in one transaction, and the files reach the media folder
 * only once that transaction committed.
 */
class BackupRestorer {

	private static final int BATCH = 500;

	private static final TypeReference<LinkedHashMap<String, Object>> ROW = new TypeReference<>() {
	};

	private final DataSource dataSource;

	private final JsonMapper json;

	private final Path mediaFolder;

	BackupRestorer(DataSource dataSource, JsonMapper json, Path mediaFolder) {
		this.dataSource = dataSource;
		this.json = json;
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
			try (Connection connection = this.dataSource.getConnection()) {
				requireEmptyDatabase(connection);
			}
			requireEmptyMediaFolder();
			Path staging = Files.createTempDirectory(parentOf(this.mediaFolder), "restoring-media-");
			try {
				unpackMedia(zip, staging);
				restoreTables(zip, manifest);
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
		catch (SQLException ex) {
			throw new BackupException("The database could not be read: " + ex.getMessage(), ex);
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

	private void restoreTables(ZipFile zip, BackupManifest manifest) throws IOException {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				requireEmptyDatabase(connection);
				for (String table : BackupFormat.TABLES_IN_ORDER) {
					ZipEntry entry = zip.getEntry(BackupFormat.TABLES + table + BackupFormat.ROWS);
					if (entry == null) {
						throw new BackupException("The backup lacks the rows of table " + table);
					}
					long rows;
					try (InputStream in = zip.getInputStream(entry)) {
						rows = insertRows(connection, table, in);
					}
					if (rows != manifest.rowsOf(table)) {
						throw new BackupException("The backup is incomplete: table " + table + " has " + rows
								+ " rows, its manifest says " + manifest.rowsOf(table));
					}
				}
				restartIdentities(connection);
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

	private void requireEmptyDatabase(Connection connection) throws SQLException {
		List<String> holding = new ArrayList<>();
		for (String table : BackupFormat.TABLES_IN_ORDER) {
			try (Statement count = connection.createStatement();
					ResultSet result = count.executeQuery("SELECT COUNT(*) FROM " + table)) {
				result.next();
				if (result.getLong(1) > 0) {
					holding.add(table);
				}
			}
		}
		if (!holding.isEmpty()) {
			throw new BackupException("The database already holds data (" + String.join(", ", holding)
					+ "): a backup is restored only into an empty database. Start with a new data dir or an empty "
					+ "PostgreSQL database; if this backup was restored already, remove newscenter.restore-from");
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

	private long insertRows(Connection connection, String table, InputStream in) throws SQLException {
		Iterator<Map<String, Object>> rows = new JsonLines(table, in);
		String selfReference = BackupFormat.SELF_REFERENCES.get(table);
		if (selfReference != null) {
			List<Map<String, Object>> all = new ArrayList<>();
			rows.forEachRemaining(all::add);
			rows = parentsFirst(table, all, selfReference).iterator();
		}
		if (!rows.hasNext()) {
			return 0;
		}
		Map<String, Object> first = rows.next();
		List<String> columns = new ArrayList<>(first.keySet());
		Map<String, Integer> types = new HashMap<>();
		Map<String, ColumnKind> kinds = new HashMap<>();
		try (Statement probe = connection.createStatement();
				ResultSet empty = probe.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
			ResultSetMetaData meta = empty.getMetaData();
			for (int column = 1; column <= meta.getColumnCount(); column++) {
				String name = meta.getColumnLabel(column).toLowerCase(Locale.ROOT);
				types.put(name, meta.getColumnType(column));
				kinds.put(name, ColumnKind.of(meta, column));
			}
		}
		for (String column : columns) {
			if (!column.matches("[a-z_][a-z0-9_]*") || !kinds.containsKey(column)) {
				throw new BackupException("The backup's table " + table + " has a column '" + column
						+ "' that this database lacks; restore it with the version of NewsCenter that wrote it");
			}
		}
		String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
				+ String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			int pending = 0;
			long index = 0;
			for (Map<String, Object> row = first; row != null; row = rows.hasNext() ? rows.next() : null) {
				index++;
				if (!row.keySet().equals(first.keySet())) {
					throw new BackupException(
							"Row " + index + " of table " + table + " has other columns than the first");
				}
				for (int column = 0; column < columns.size(); column++) {
					String name = columns.get(column);
					try {
						kinds.get(name).bind(insert, column + 1, types.get(name), row.get(name));
					}
					catch (IllegalArgumentException | DateTimeException ex) {
						throw new BackupException(
								"Row " + index + " of table " + table + ", column " + name + ": " + ex.getMessage(),
								ex);
					}
				}
				insert.addBatch();
				if (++pending == BATCH) {
					insert.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				insert.executeBatch();
			}
			return index;
		}
	}

	/** Orders rows so that each comes after the row its {@code column} refers to. */
	private static List<Map<String, Object>> parentsFirst(String table, List<Map<String, Object>> rows, String column) {
		Map<Object, List<Map<String, Object>>> children = new HashMap<>();
		Deque<Map<String, Object>> ready = new ArrayDeque<>();
		for (Map<String, Object> row : rows) {
			Object parent = row.get(column);
			if (parent == null) {
				ready.add(row);
			}
			else {
				children.computeIfAbsent(String.valueOf(parent), (key) -> new ArrayList<>()).add(row);
			}
		}
		List<Map<String, Object>> ordered = new ArrayList<>(rows.size());
		Set<Object> placed = new HashSet<>();
		while (!ready.isEmpty()) {
			Map<String, Object> row = ready.poll();
			ordered.add(row);
			Object id = String.valueOf(row.get("id"));
			placed.add(id);
			ready.addAll(children.getOrDefault(id, List.of()));
		}
		if (ordered.size() != rows.size()) {
			throw new BackupException(
					"Table " + table + " has rows whose " + column + " leads to no row or in a circle");
		}
		return ordered;
	}

	/** Makes the next generated id follow the restored ones. */
	private static void restartIdentities(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		for (String table : BackupFormat.TABLES_IN_ORDER) {
			String stored = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
			List<String> identities = new ArrayList<>();
			try (ResultSet columns = meta.getColumns(null, connection.getSchema(), stored, null)) {
				while (columns.next()) {
					if ("YES".equalsIgnoreCase(columns.getString("IS_AUTOINCREMENT"))) {
						identities.add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
					}
				}
			}
			for (String column : identities) {
				long next;
				try (Statement max = connection.createStatement();
						ResultSet result = max.executeQuery("SELECT MAX(" + column + ") FROM " + table)) {
					result.next();
					next = result.getLong(1) + 1;
				}
				try (Statement restart = connection.createStatement()) {
					restart.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next);
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

	/** The rows of one table's entry, read a line at a time so no table is held whole. */
	private final class JsonLines implements Iterator<Map<String, Object>> {

		private final String table;

		private final BufferedReader reader;

		private String line;

		private long read;

		JsonLines(String table, InputStream in) {
			this.table = table;
			this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		}

		@Override
		public boolean hasNext() {
			try {
				while (this.line == null) {
					String next = this.reader.readLine();
					if (next == null) {
						return false;
					}
					if (!next.isBlank()) {
						this.line = next;
					}
				}
				return true;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public Map<String, Object> next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			String current = this.line;
			this.line = null;
			this.read++;
			try {
				return BackupRestorer.this.json.readValue(current, ROW);
			}
			catch (JacksonException ex) {
				throw new BackupException("Row " + this.read + " of table " + this.table + " is not valid JSON", ex);
			}
		}

	}

}
