package com.newscenter.migration.admin;

import com.newscenter.migration.wordpress.ImportJob;

/**
 * How far a running import got, as the script of its page polls it.
 *
 * @param running whether it still runs; the page reloads to show the report once not
 * @param postsDone the posts it went through
 * @param postsTotal the posts of the export
 * @param percent how far, in whole per cent
 * @param progress how far, as a sentence in the reader's language
 */
record ImportProgress(boolean running, int postsDone, int postsTotal, int percent, String progress) {

	static ImportProgress of(ImportJob job, String progress) {
		return new ImportProgress(job.isRunning(), job.postsDone(), job.postsTotal(), job.percentDone(), progress);
	}

}
