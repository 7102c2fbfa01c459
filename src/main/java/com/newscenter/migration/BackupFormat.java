package com.newscenter.migration;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a backup holds and where, in one place for the writer, the restorer and the test
 * that keeps every table accounted for.
 * <p>
 * A backup is a ZIP: {@code manifest.json}, one {@code tables/NAME.jsonl} per table (a
 * JSON object per row, keyed by column, in the order below, which is the order that
 * satisfies the foreign keys), and the uploaded files under {@code media/}. The rows are
 * plain JSON, not SQL, so a backup taken on H2 restores on PostgreSQL and back.
 */
final class BackupFormat {

	/** Raised when the layout changes in a way an older restorer could not read. */
	static final int VERSION = 1;

	static final String MANIFEST = "manifest.json";

	static final String TABLES = "tables/";

	static final String ROWS = ".jsonl";

	static final String MEDIA = "media/";

	/** The tables a backup holds, each after the tables it refers to. */
	static final List<String> TABLES_IN_ORDER = List.of("app_user", "api_token", "media", "media_variant", "category",
			"category_name", "article", "article_category", "article_view_daily", "article_revision", "banner",
			"site_setting", "audit_log", "wordpress_import");

	/**
	 * Tables a backup leaves out: Flyway's history (the restoring node has its own),
	 * locks of scheduled jobs, the journal the search indexes follow (a restored site
	 * rebuilds its index), sign-in sessions (a restore signs everyone out), the views of
	 * the last dedup window shared by the nodes, the number that tells the nodes to drop
	 * their kept pages, and the progress of imports.
	 */
	static final Set<String> LEFT_OUT = Set.of("flyway_schema_history", "shedlock", "search_journal", "spring_session",
			"spring_session_attributes", "view_claim", "content_version", "import_job");

	/**
	 * Columns that refer to a row of their own table: those rows are restored parents
	 * first.
	 */
	static final Map<String, String> SELF_REFERENCES = Map.of("category", "parent_id");

	private BackupFormat() {
	}

}
