package com.newscenter.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts a backup's rows into the tables of this database, whatever it is: each JSON value
 * bound by the kind of its column here, rows in batches, parents before children, and the
 * identities moved past the restored ids. The restorer decides when; this decides how.
 */
class TableLoader {

	private static final int BATCH = 500;

	private static final TypeReference<LinkedHashMap<String, Object>> ROW = new TypeReference<>() {
	};

	private final JsonMapper json;

	TableLoader(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Names the backed-up tables that hold rows.
	 * @param connection a connection
	 * @return the tables, empty for an empty database
	 * @throws SQLException when the database cannot be read
	 */
	static List<String> holdingData(Connection connection) throws SQLException {
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
		return holding;
	}

	/**
	 * Inserts one table's rows.
	 * @param connection the restore's transaction
	 * @param table the table
	 * @param in its entry of the backup
	 * @return the rows inserted
	 * @throws SQLException when the database refuses a row
	 * @throws BackupException when a row does not fit the table
	 */
	long insert(Connection connection, String table, InputStream in) throws SQLException {
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
		Map<String, List<Map<String, Object>>> children = new HashMap<>();
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
		while (!ready.isEmpty()) {
			Map<String, Object> row = ready.poll();
			ordered.add(row);
			ready.addAll(children.getOrDefault(String.valueOf(row.get("id")), List.of()));
		}
		if (ordered.size() != rows.size()) {
			throw new BackupException(
					"Table " + table + " has rows whose " + column + " leads to no row or in a circle");
		}
		return ordered;
	}

	/**
	 * Makes the next generated id of every table follow the restored ones.
	 * @param connection the restore's transaction
	 * @throws SQLException when the database refuses
	 */
	static void restartIdentities(Connection connection) throws SQLException {
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
				return TableLoader.this.json.readValue(current, ROW);
			}
			catch (JacksonException ex) {
				throw new BackupException("Row " + this.read + " of table " + this.table + " is not valid JSON", ex);
			}
		}

	}

}
