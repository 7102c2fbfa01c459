package com.newscenter.migration.admin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import com.newscenter.migration.wordpress.ImportJob;
import com.newscenter.migration.wordpress.ImportReport;

/**
 * An import as its page and the list of latest imports show it, its time in the site's
 * time zone.
 *
 * @param id its id
 * @param time when it started, as people read it
 * @param iso when it started, as ISO-8601 for the {@code <time>} element
 * @param startedBy who started it
 * @param state where it stands: {@code RUNNING}, {@code DONE}, {@code FAILED} or
 * {@code INTERRUPTED}
 * @param running whether it still runs
 * @param postsDone the posts it went through
 * @param postsTotal the posts of its export
 * @param percent how far, in whole per cent
 * @param report its report, once it finished
 */
record ImportJobView(String id, String time, String iso, String startedBy, String state, boolean running, int postsDone,
		int postsTotal, int percent, ImportReport report) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	static ImportJobView of(ImportJob job, ZoneId zone) {
		var started = job.startedAt().atZone(zone).truncatedTo(ChronoUnit.SECONDS);
		return new ImportJobView(job.id(), TIME.format(started), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(started),
				job.startedBy(), job.state().name(), job.isRunning(), job.postsDone(), job.postsTotal(),
				job.percentDone(), job.report());
	}

}
