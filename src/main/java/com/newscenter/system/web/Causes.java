package com.newscenter.system.web;

/**
 * Finds what really went wrong inside an exception that wraps it: Tomcat's and our own
 * reasons for refusing a request reach the error handlers wrapped by Jackson or Spring.
 */
final class Causes {

	private Causes() {
	}

	/**
	 * Returns the first of an error and its causes that is of a type.
	 * @param <T> the type
	 * @param error the error, or anything else (then there is none)
	 * @param type the type looked for
	 * @return that cause, or {@code null}
	 */
	static <T extends Throwable> T find(Object error, Class<T> type) {
		for (Throwable cause = (error instanceof Throwable thrown) ? thrown : null; cause != null; cause = cause
			.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
