package com.newscenter.analytics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the per-day view counts.
 */
@Repository
class ViewStatisticsRepository {

	private final JdbcClient jdbc;

	ViewStatisticsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<LocalDate, Long> perDay(LocalDate from, LocalDate to) {
		Map<LocalDate, Long> days = new HashMap<>();
		this.jdbc
			.sql("SELECT view_date, SUM(views) FROM article_view_daily WHERE view_date BETWEEN ? AND ?"
					+ " GROUP BY view_date")
			.params(from, to)
			.query((rs) -> {
				days.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
			});
		return days;
	}

	List<ViewStatistics.ArticleViews> mostRead(LocalDate from, LocalDate to, int limit) {
		return this.jdbc
			.sql("SELECT article_id, SUM(views) AS total FROM article_view_daily WHERE view_date BETWEEN ? AND ?"
					+ " GROUP BY article_id ORDER BY total DESC, article_id LIMIT ?")
			.params(from, to, limit)
			.query((rs, row) -> new ViewStatistics.ArticleViews(rs.getLong(1), rs.getLong(2)))
			.list();
	}

}
