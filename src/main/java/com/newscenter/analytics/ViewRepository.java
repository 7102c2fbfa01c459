package com.newscenter.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes counted views to the article totals and the per-day counts, in batches.
 */
@Repository
class ViewRepository {

	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ViewRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Adds views to the totals and to the day's counts.
	 * @param deltas views to add per article
	 * @param day the day they are counted on
	 */
	void add(Map<Long, Long> unordered, LocalDate day) {
		// Rows are written in id order so that nodes flushing at once cannot deadlock.
		Map<Long, Long> deltas = new TreeMap<>(unordered);
		List<Object[]> totals = new ArrayList<>();
		deltas.forEach((id, delta) -> totals.add(new Object[] { delta, id }));
		this.template.batchUpdate("UPDATE article SET views = views + ? WHERE id = ?", totals);
		List<Object[]> daily = new ArrayList<>();
		deltas.forEach((id, delta) -> daily.add(new Object[] { delta, id, day }));
		int[] updated = this.template.batchUpdate(
				"UPDATE article_view_daily SET views = views + ? WHERE article_id = ? AND view_date = ?", daily);
		List<Object[]> inserts = new ArrayList<>();
		for (int i = 0; i < updated.length; i++) {
			if (updated[i] == 0) {
				Object[] row = daily.get(i);
				inserts.add(new Object[] { row[1], row[2], row[0] });
			}
		}
		if (!inserts.isEmpty()) {
			this.template.batchUpdate(
					"INSERT INTO article_view_daily (article_id, view_date, views) SELECT id, ?, ? FROM article WHERE id = ?",
					inserts.stream().map((r) -> new Object[] { r[1], r[2], r[0] }).toList());
		}
	}

	/**
	 * Reads the stored totals of some articles; deleted articles are missing from the
	 * result.
	 * @param ids the articles
	 * @return the totals by article id
	 */
	Map<Long, Long> totals(Collection<Long> ids) {
		Map<Long, Long> totals = new HashMap<>();
		List<Long> all = new ArrayList<>(ids);
		for (int from = 0; from < all.size(); from += CHUNK) {
			List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
			this.jdbc.sql("SELECT id, views FROM article WHERE id IN (:ids)").param("ids", chunk).query((rs) -> {
				totals.put(rs.getLong(1), rs.getLong(2));
			});
		}
		return totals;
	}

}
