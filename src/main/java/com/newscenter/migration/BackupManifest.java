package com.newscenter.migration;

import java.util.Map;

/**
 * The first thing a restore reads: which layout and schema the backup was written with,
 * when, and how much it holds.
 *
 * @param format the layout's version, {@link BackupFormat#VERSION} when written
 * @param schemaVersion the database schema's Flyway version when written
 * @param createdAt when the backup was written, as an ISO-8601 instant
 * @param rows the number of rows per table
 * @param mediaFiles the number of uploaded files
 */
record BackupManifest(int format, String schemaVersion, String createdAt, Map<String, Long> rows, long mediaFiles) {

	/**
	 * Returns the number of rows of one table.
	 * @param table the table
	 * @return its rows, 0 when the manifest does not list it
	 */
	long rowsOf(String table) {
		return (this.rows != null) ? this.rows.getOrDefault(table, 0L) : 0L;
	}

}
