package com.newscenter.migration;

/**
 * A backup that cannot be written or restored, with a message that says why in words an
 * operator can act on.
 */
public class BackupException extends RuntimeException {

	BackupException(String message) {
		super(message);
	}

	BackupException(String message, Throwable cause) {
		super(message, cause);
	}

}
