package com.newscenter.migration;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;

/**
 * How a column's values travel in a backup: as JSON numbers, booleans or strings, read
 * and written the same way on H2 and PostgreSQL, whose drivers name some types
 * differently (PostgreSQL reports {@code timestamptz} as a plain {@code TIMESTAMP}).
 */
enum ColumnKind {

	/** Whole numbers, as JSON numbers. */
	INTEGER,

	/** {@code true} or {@code false}. */
	BOOLEAN,

	/** A point in time, as an ISO-8601 instant ({@code 2026-11-26T08:30:00Z}). */
	INSTANT,

	/** A time of day without a zone, as ISO-8601. */
	LOCAL_DATE_TIME,

	/** A date, as ISO-8601. */
	DATE,

	/** Bytes, as Base64. */
	BINARY,

	/** Exact decimals, as JSON numbers. */
	DECIMAL,

	/** Floating point, as JSON numbers. */
	FLOAT,

	/** Everything else, as strings. */
	TEXT;

	/**
	 * The kind of a result column.
	 * @param meta the result's columns
	 * @param column the column, from 1
	 * @return its kind
	 * @throws SQLException when the driver cannot tell
	 */
	static ColumnKind of(ResultSetMetaData meta, int column) throws SQLException {
		String name = meta.getColumnTypeName(column).toLowerCase(Locale.ROOT);
		return switch (meta.getColumnType(column)) {
			case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
			case Types.BOOLEAN, Types.BIT -> BOOLEAN;
			case Types.TIMESTAMP_WITH_TIMEZONE -> INSTANT;
			case Types.TIMESTAMP ->
				(name.equals("timestamptz") || name.contains("with time zone")) ? INSTANT : LOCAL_DATE_TIME;
			case Types.DATE -> DATE;
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
			case Types.DECIMAL, Types.NUMERIC -> DECIMAL;
			case Types.DOUBLE, Types.FLOAT, Types.REAL -> FLOAT;
			default -> TEXT;
		};
	}

	/**
	 * Reads a value for the backup.
	 * @param row the current row
	 * @param column the column, from 1
	 * @return a {@link Long}, {@link Boolean}, {@link BigDecimal}, {@link Double},
	 * {@link String} or {@code null}
	 * @throws SQLException when the value cannot be read
	 */
	Object read(ResultSet row, int column) throws SQLException {
		Object value = switch (this) {
			case INTEGER -> row.getLong(column);
			case BOOLEAN -> row.getBoolean(column);
			case INSTANT -> {
				OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
				yield (time != null) ? time.toInstant().toString() : null;
			}
			case LOCAL_DATE_TIME -> {
				LocalDateTime time = row.getObject(column, LocalDateTime.class);
				yield (time != null) ? time.toString() : null;
			}
			case DATE -> {
				LocalDate date = row.getObject(column, LocalDate.class);
				yield (date != null) ? date.toString() : null;
			}
			case BINARY -> {
				byte[] bytes = row.getBytes(column);
				yield (bytes != null) ? Base64.getEncoder().encodeToString(bytes) : null;
			}
			case DECIMAL -> row.getBigDecimal(column);
			case FLOAT -> row.getDouble(column);
			case TEXT -> row.getString(column);
		};
		return row.wasNull() ? null : value;
	}

	/**
	 * Binds a value read from a backup.
	 * @param statement the insert
	 * @param index the parameter, from 1
	 * @param sqlType the column's JDBC type, for {@code null}
	 * @param value the JSON value
	 * @throws SQLException when the database refuses it
	 * @throws IllegalArgumentException when the value does not fit the column
	 */
	void bind(PreparedStatement statement, int index, int sqlType, Object value) throws SQLException {
		if (value == null) {
			statement.setNull(index, sqlType);
			return;
		}
		switch (this) {
			case INTEGER -> statement.setLong(index, number(value).longValue());
			case BOOLEAN -> {
				if (!(value instanceof Boolean flag)) {
					throw new IllegalArgumentException("expected true or false, found " + value);
				}
				statement.setBoolean(index, flag);
			}
			case INSTANT ->
				statement.setObject(index, OffsetDateTime.ofInstant(Instant.parse(text(value)), ZoneOffset.UTC));
			case LOCAL_DATE_TIME -> statement.setObject(index, LocalDateTime.parse(text(value)));
			case DATE -> statement.setObject(index, LocalDate.parse(text(value)));
			case BINARY -> statement.setBytes(index, Base64.getDecoder().decode(text(value)));
			case DECIMAL -> statement.setBigDecimal(index, new BigDecimal(number(value).toString()));
			case FLOAT -> statement.setDouble(index, number(value).doubleValue());
			case TEXT -> statement.setString(index, (value instanceof String string) ? string : String.valueOf(value));
		}
	}

	private static Number number(Object value) {
		if (!(value instanceof Number number)) {
			throw new IllegalArgumentException("expected a number, found " + value);
		}
		return number;
	}

	private static String text(Object value) {
		if (!(value instanceof String string)) {
			throw new IllegalArgumentException("expected a string, found " + value);
		}
		return string;
	}

}
