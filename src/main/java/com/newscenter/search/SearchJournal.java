package com.newscenter.search;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.newscenter.system.SqlTimes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The journal of article changes that the search index of every node follows. Times are
 * the database's, so nodes whose clocks differ still agree on the order of changes.
 */
@Repository
class SearchJournal {

	private final JdbcClient jdbc;

	SearchJournal(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records that a node changed an article, in the transaction that changes it.
	 * @param articleId the article
	 * @param node the node
	 */
	void record(long articleId, String node) {
		this.jdbc.sql("INSERT INTO search_journal (article_id, node_id, changed_at) VALUES (?, ?, CURRENT_TIMESTAMP)")
			.params(articleId, node)
			.update();
	}

	/**
	 * Returns the database's time.
	 * @return now, as the database sees it
	 */
	Instant now() {
		return this.jdbc.sql("SELECT CURRENT_TIMESTAMP").query(OffsetDateTime.class).single().toInstant();
	}

	/**
	 * Returns the changes the other nodes made after an instant, oldest first.
	 * @param after the instant
	 * @param node this node, whose own changes are left out
	 * @return the changes
	 */
	List<Entry> after(Instant after, String node) {
		return this.jdbc.sql(
				"SELECT id, article_id, changed_at FROM search_journal WHERE changed_at > ? AND node_id <> ? ORDER BY id")
			.params(SqlTimes.toDb(after), node)
			.query((rs, row) -> new Entry(rs.getLong("id"), rs.getLong("article_id"),
					SqlTimes.fromDb(rs, "changed_at")))
			.list();
	}

	/**
	 * Forgets the changes made before an instant.
	 * @param before the instant
	 * @return how many were forgotten
	 */
	int forget(Instant before) {
		return this.jdbc.sql("DELETE FROM search_journal WHERE changed_at < ?").params(SqlTimes.toDb(before)).update();
	}

	/**
	 * One change.
	 *
	 * @param id its place in the journal
	 * @param articleId the article changed
	 * @param changedAt when
	 */
	record Entry(long id, long articleId, Instant changedAt) {
	}

}
