package com.newscenter.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.newscenter.site.Languages;
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
	 * with a fetch size, H2 only in a lazy session.
	 */
	private static final int FETCH_SIZE = 500;

	private final JdbcClient jdbc;

	private final Languages languages;

	private volatile Boolean h2;

	SitemapEntries(DataSource dataSource, Languages languages) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = JdbcClient.create(template);
		this.languages = languages;
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
		List<String> others = this.languages.all().stream().filter((code) -> !code.equals(language)).toList();
		List<Object> params = new ArrayList<>(others);
		params.addAll(List.of(language, limit, offset));
		Grouping grouping = new Grouping(language, others, action);
		boolean lazy = isH2();
		if (lazy) {
			this.jdbc.sql("SET LAZY_QUERY_EXECUTION TRUE").update();
		}
		try {
			this.jdbc.sql(pageQuery(others.size())).params(params).query(grouping);
		}
		finally {
			if (lazy) {
				this.jdbc.sql("SET LAZY_QUERY_EXECUTION FALSE").update();
			}
		}
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
					+ " AND published_at >= ? AND published_at <= ? ORDER BY language, status, published_at DESC, id DESC LIMIT ?")
			.params(language, SqlTimes.toDb(from), SqlTimes.toDb(until), limit)
			.query((RowCallbackHandler) (rs) -> action.accept(new RecentArticle(rs.getLong("id"),
					rs.getString("language"), rs.getString("title"), SqlTimes.fromDb(rs, "published_at"))));
	}

	/**
	 * Tells whether the database is H2, which materialises a result before its first row
	 * unless the session asks for lazy execution.
	 */
	private boolean isH2() {
		Boolean h2 = this.h2;
		if (h2 == null) {
			h2 = this.jdbc.sql("SELECT 1").query((rs) -> {
				return "H2".equals(rs.getStatement().getConnection().getMetaData().getDatabaseProductName());
			});
			this.h2 = h2;
		}
		return h2;
	}

	/**
	 * One row per article, newest first, read in the order of the list index, so rows
	 * flow without a sort (H2 sees that only when the order names the index's leading
	 * columns too); its version in each other language is joined by translation group (at
	 * most one per language, unless two editors raced: then the rows of one article are
	 * adjacent).
	 */
	private static String pageQuery(int otherLanguages) {
		StringBuilder columns = new StringBuilder("SELECT a.id, a.published_at, a.updated_at");
		StringBuilder joins = new StringBuilder(" FROM article a");
		for (int i = 0; i < otherLanguages; i++) {
			String t = "t" + i;
			columns.append(", ").append(t).append(".id AS version").append(i);
			joins.append(" LEFT JOIN article ")
				.append(t)
				.append(" ON ")
				.append(t)
				.append(".translation_group = a.translation_group AND ")
				.append(t)
				.append(".language = ? AND ")
				.append(t)
				.append(".status = 'PUBLISHED'");
		}
		return columns + joins.toString() + " WHERE a.language = ? AND a.status = 'PUBLISHED'"
				+ " ORDER BY a.language, a.status, a.published_at DESC, a.id DESC LIMIT ? OFFSET ?";
	}

	/** Joins the rows of one article into one entry. */
	private static final class Grouping implements RowCallbackHandler {

		private final String language;

		private final List<String> others;

		private final Consumer<SitemapEntry> action;

		private long id = -1;

		private Instant lastModified;

		private final Map<String, Long> versions = new HashMap<>();

		Grouping(String language, List<String> others, Consumer<SitemapEntry> action) {
			this.language = language;
			this.others = others;
			this.action = action;
		}

		@Override
		public void processRow(ResultSet rs) throws SQLException {
			long rowId = rs.getLong("id");
			if (rowId != this.id) {
				finish();
				this.id = rowId;
				this.versions.put(this.language, rowId);
				Instant published = SqlTimes.fromDb(rs, "published_at");
				Instant updated = SqlTimes.fromDb(rs, "updated_at");
				this.lastModified = (published == null || (updated != null && updated.isAfter(published))) ? updated
						: published;
			}
			for (int i = 0; i < this.others.size(); i++) {
				long version = rs.getLong("version" + i);
				if (!rs.wasNull()) {
					this.versions.putIfAbsent(this.others.get(i), version);
				}
			}
		}

		/** Hands on the article read last, its versions originals first. */
		void finish() {
			if (this.id >= 0) {
				Map<String, Long> byId = new LinkedHashMap<>();
				this.versions.entrySet()
					.stream()
					.sorted(Map.Entry.comparingByValue())
					.forEach((version) -> byId.put(version.getKey(), version.getValue()));
				this.action.accept(new SitemapEntry(this.id, this.language, this.lastModified, byId));
				this.versions.clear();
				this.id = -1;
			}
		}

	}

}
