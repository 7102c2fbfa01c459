package com.newscenter.migration.wordpress;

/**
 * Stops an import between two posts when its thread is interrupted, as when the node
 * shuts down: the posts imported until then stay, and sending the export again imports
 * the rest.
 */
class ImportInterruptedException extends RuntimeException {

	ImportInterruptedException() {
		super("The import was stopped before its end");
	}

}
