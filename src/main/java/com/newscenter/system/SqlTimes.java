package com.newscenter.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Converts instants to and from {@code TIMESTAMP WITH TIME ZONE} columns the same way on
 * H2 and PostgreSQL.
 */
public final class SqlTimes {

	private SqlTimes() {
	}

	/**
	 * Returns the column value of an instant, cut to the microseconds both databases
	 * keep, so a stored time compares equal to the instant it came from.
	 * @param instant the instant, or {@code null}
	 * @return the value to bind
	 */
	public static OffsetDateTime toDb(Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC) : null;
	}

	public static Instant fromDb(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
