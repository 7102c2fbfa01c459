package com.newscenter.system.web;

import java.time.Instant;

/**
 * Refuses times that cannot be stored or written out: years outside 1000–9999 overflow
 * PostgreSQL's timestamps at the far end, and HTML, feeds and sitemaps write four-digit
 * years.
 */
public final class StorableTimes {

	/** The earliest time accepted. */
	public static final Instant FIRST = Instant.parse("1000-01-01T00:00:00Z");

	/** The latest time accepted, to the microsecond the databases keep. */
	public static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999Z");

	private StorableTimes() {
	}

	/**
	 * Returns a time given for a field, or fails when it lies outside the years accepted.
	 * @param field the field, named in the refusal
	 * @param time the time, or {@code null}
	 * @return the time
	 * @throws BadRequestException when it lies before 1000 or after 9999
	 */
	public static Instant checked(String field, Instant time) {
		if (time != null && (time.isBefore(FIRST) || time.isAfter(LAST))) {
			throw new BadRequestException(field, field + " must lie in the years 1000 to 9999");
		}
		return time;
	}

}
