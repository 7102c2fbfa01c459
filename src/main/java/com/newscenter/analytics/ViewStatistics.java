package com.newscenter.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * Views over time and the most-read articles, for the dashboard, from the per-day counts.
 */
@Service
public class ViewStatistics {

	private final ViewStatisticsRepository repository;

	private final Clock clock;

	ViewStatistics(ViewStatisticsRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/**
	 * Returns the views of each of the last days, oldest first, today included.
	 * @param days how many days
	 * @return one entry a day, zero where nothing was counted
	 */
	public List<DayViews> lastDays(int days) {
		LocalDate today = today();
		LocalDate from = today.minusDays(days - 1L);
		Map<LocalDate, Long> counted = this.repository.perDay(from, today);
		List<DayViews> result = new ArrayList<>(days);
		for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
			result.add(new DayViews(day, counted.getOrDefault(day, 0L)));
		}
		return result;
	}

	/**
	 * Returns the total views of the last days, today included.
	 * @param days how many days
	 * @return the views
	 */
	public long total(int days) {
		return lastDays(days).stream().mapToLong(DayViews::views).sum();
	}

	/**
	 * Returns the ids of the most-read articles of the last days with their views.
	 * @param days how many days
	 * @param limit how many articles
	 * @return article id and views, most read first
	 */
	public List<ArticleViews> mostRead(int days, int limit) {
		LocalDate today = today();
		return this.repository.mostRead(today.minusDays(days - 1L), today, limit);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	/**
	 * The views of one day.
	 *
	 * @param day the day
	 * @param views the views counted on it
	 */
	public record DayViews(LocalDate day, long views) {
	}

	/**
	 * An article's views over a period.
	 *
	 * @param articleId the article
	 * @param views its views
	 */
	public record ArticleViews(long articleId, long views) {
	}

}
