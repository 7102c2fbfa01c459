package com.newscenter.migration;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused restore at start into Spring Boot's short "APPLICATION FAILED TO START"
 * report, instead of a page of nested bean-creation errors around one sentence.
 */
class BackupFailureAnalyzer extends AbstractFailureAnalyzer<BackupException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, BackupException cause) {
		return new FailureAnalysis(
				"The backup named by newscenter.restore-from was not restored: " + cause.getMessage(),
				"Fix what the description names and start again; nothing was written to the database or the data dir.",
				cause);
	}

}
