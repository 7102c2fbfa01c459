package com.newscenter.migration.wordpress;

import java.time.Instant;

/**
 * A WordPress import started from the back office, as its page shows it: how far it got
 * and, once it finished, its report.
 *
 * @param id its id, in the address of its page
 * @param startedBy the username of the administrator who sent the file
 * @param startedAt when the file arrived
 * @param updatedAt when its progress was last written
 * @param state where it stands
 * @param postsTotal how many posts the export holds
 * @param postsDone how many of them the import went through
 * @param report what became of each post, once it is {@link State#DONE}
 */
public record ImportJob(String id, String startedBy, Instant startedAt, Instant updatedAt, State state, int postsTotal,
		int postsDone, ImportReport report) {

	/**
	 * Where an import stands.
	 */
	public enum State {

		/** Importing post after post. */
		RUNNING,

		/** Finished; the report says what became of each post. */
		DONE,

		/** Stopped by an error it could not go past; the log has it. */
		FAILED,

		/** Stopped before its end, as when its node shut down or stopped answering. */
		INTERRUPTED

	}

	/**
	 * Tells whether the import still runs, so its page looks again shortly.
	 * @return {@code true} while it runs
	 */
	public boolean isRunning() {
		return this.state == State.RUNNING;
	}

	/**
	 * Returns how far the import got, in whole per cent.
	 * @return 0 to 100
	 */
	public int percentDone() {
		return (this.postsTotal > 0) ? (int) (100L * this.postsDone / this.postsTotal) : 100;
	}

}
