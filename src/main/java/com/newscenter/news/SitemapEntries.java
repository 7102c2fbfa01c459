package com.newscenter.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.newscenter.system.SqlTimes;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads published articles for sitemaps row by row, handing each on as it is read, so a
 * sitemap of any size is written without holding it in memory.
 */
@Component
public class SitemapEntries {

	/**
	 * Rows the database sends at a time; PostgreSQL streams only inside a transaction
	 * with a fetch size, H2 spills large results to disk itself.
	 */
	private static final int FETCH_SIZE = 500;

	/**
	 * One row per version of each article of the page; an article's rows are adjacent.
	 */
	private static final String PAGE = "SELECT a.id, a.language, a.published_at, a.updated_at,"
			+ " t.id AS version_id, t.language AS version_language"
			+ " FROM (SELECT id, language, translation_group, published_at, updated_at FROM article"
			+ " WHERE language = ? AND status = 'PUBLISHED' ORDER BY published_at DESC, id DESC LIMIT ? OFFSET ?) a"
			+ " JOIN article t ON t.translation_group = a.translation_group AND t.status = 'PUBLISHED'"
			+ " ORDER BY a.published_at DESC, a.id DESC, t.id";

	private final JdbcClient jdbc;

	SitemapEntries(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = JdbcClient.create(template);
	}

	public long countPublished(String language) {
		return this.jdbc.sql("SELECT COUNT(*) FROM article WHERE language = ? AND status = 'PUBLISHED'")
			.param(language)
			.query(Long.class)
			.single();
	}

	/**
	 * Hands on the published articles of a language, newest first, one at a time.
	 * @param language the language code
	 * @param offset how many to skip
	 * @param limit how many at most
	 * @param action called with each article as soon as its rows are read
	 */
	@Transactional(readOnly = true)
	public void forEachPublished(String language, long offset, long limit, Consumer<SitemapEntry> action) {
		if (limit <= 0) {
			return;
		}
		Grouping grouping = new Grouping(action);
		this.jdbc.sql(PAGE).params(language, limit, offset).query(grouping);
		grouping.finish();
	}

	/**
	 * Hands on the articles of a language published in a time window, newest first.
	 * @param language the language code
	 * @param from the start of the window, included
	 * @param until the end of the window, included
	 * @param limit how many at most
	 * @param action called with each article as it is read
	 */
	@Transactional(readOnly = true)
	public void forEachRecent(String language, Instant from, Instant until, int limit, Consumer<RecentArticle> action) {
		this.jdbc
			.sql("SELECT id, language, title, published_at FROM article WHERE language = ? AND status = 'PUBLISHED'"
					+ " AND published_at >= ? AND published_at <= ? ORDER BY published_at DESC, id DESC LIMIT ?")
			.params(language, SqlTimes.toDb(from), SqlTimes.toDb(until), limit)
			.query((RowCallbackHandler) (rs) -> action.accept(new RecentArticle(rs.getLong("id"),
					rs.getString("language"), rs.getString("title"), SqlTimes.fromDb(rs, "published_at"))));
	}

	/** Joins the adjacent rows of one article into one entry. */
	private static final class Grouping implements RowCallbackHandler {

		private final Consumer<SitemapEntry> action;

		private long id = -1;

		private String language;

		private Instant lastModified;

		private final Map<String, Long> versions = new LinkedHashMap<>();

		Grouping(Consumer<SitemapEntry> action) {
			this.action = action;
		}

		@Override
		public void processRow(ResultSet rs) throws SQLException {
			long rowId = rs.getLong("id");
			if (rowId != this.id) {
				finish();
				this.id = rowId;
				this.language = rs.getString("language");
				Instant published = SqlTimes.fromDb(rs, "published_at");
				Instant updated = SqlTimes.fromDb(rs, "updated_at");
				this.lastModified = (published == null || (updated != null && updated.isAfter(published))) ? updated
						: published;
			}
			this.versions.putIfAbsent(rs.getString("version_language"), rs.getLong("version_id"));
		}

		void finish() {
			if (this.id >= 0) {
				this.action.accept(new SitemapEntry(this.id, this.language, this.lastModified, this.versions));
				this.versions.clear();
				this.id = -1;
			}
		}

	}

}
