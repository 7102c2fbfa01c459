package com.newscenter.news;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.newscenter.system.Databases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The version of the public content, shared by the nodes on PostgreSQL: a node raises it
 * (at most once a second) when it changed what the pages show, and the others, reading it
 * every second, drop the pages they keep, so a change shows on every node within a second
 * or two rather than after the pages' time to live. On the embedded database, which one
 * node uses alone, nothing is shared.
 */
@Component
class ContentVersion {

	private static final Logger logger = LoggerFactory.getLogger(ContentVersion.class);

	private static final long UNKNOWN = Long.MIN_VALUE;

	private final JdbcTemplate jdbc;

	private final boolean enabled;

	/** The version this node last read or wrote, or {@link #UNKNOWN}. */
	private final AtomicLong seen = new AtomicLong(UNKNOWN);

	/** Whether this node changed content since it last told the others. */
	private final AtomicBoolean changedHere = new AtomicBoolean();

	private volatile boolean failing;

	ContentVersion(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.enabled = Databases.isPostgres(jdbc);
		if (this.enabled) {
			try {
				Long version = current();
				this.seen.set((version != null) ? version : UNKNOWN);
			}
			catch (DataAccessException ex) {
				// the first reading is then the starting point
			}
		}
	}

	/**
	 * Notes that this node changed content, for the next {@link #tellOthers()}.
	 */
	void raise() {
		if (this.enabled) {
			this.changedHere.set(true);
		}
	}

	/**
	 * Tells the other nodes, once for every change this node made since the last call,
	 * that content changed: a bulk change, such as an import, writes once a second rather
	 * than once per article, and no writer waits for it. Should it fail, it is tried
	 * again next time; meanwhile the other nodes show the change within their pages' time
	 * to live.
	 */
	void tellOthers() {
		if (!this.enabled || !this.changedHere.getAndSet(false)) {
			return;
		}
		try {
			Long version = this.jdbc.query(
					"UPDATE content_version SET version = version + 1 WHERE id = 1 RETURNING version",
					(rows) -> rows.next() ? rows.getLong(1) : null);
			if (version != null) {
				// when no other node raised it since this node last looked, this node
				// need not drop its pages again for its own change
				this.seen.compareAndSet(version - 1, version);
			}
		}
		catch (DataAccessException ex) {
			this.changedHere.set(true);
			if (!this.failing) {
				this.failing = true;
				logger.warn("Other nodes cannot be told that content changed now; they show it within their page "
						+ "cache's time to live ({})", ex.toString());
			}
		}
	}

	/**
	 * Reads the shared version and tells whether another node raised it since this node
	 * last looked.
	 * @return {@code true} when this node's kept pages may be out of date
	 */
	boolean changedElsewhere() {
		if (!this.enabled) {
			return false;
		}
		Long version;
		try {
			version = current();
			if (this.failing) {
				this.failing = false;
				logger.info("Changes made on other nodes are followed again");
			}
		}
		catch (DataAccessException ex) {
			if (!this.failing) {
				this.failing = true;
				logger.warn("Changes made on other nodes cannot be followed now; they show within the page "
						+ "cache's time to live ({})", ex.toString());
			}
			return false;
		}
		if (version == null) {
			return false;
		}
		long before = this.seen.getAndSet(version);
		return before != UNKNOWN && before != version;
	}

	private Long current() {
		return this.jdbc.query("SELECT version FROM content_version WHERE id = 1",
				(rows) -> rows.next() ? rows.getLong(1) : null);
	}

}
