package com.newscenter.account;

import java.time.Duration;

/**
 * Signals a sign-in refused because too many attempts failed for the username or from the
 * client address; answered with 429 and {@code Retry-After} by the API.
 */
public class SignInThrottledException extends RuntimeException {

	private final Duration retryAfter;

	SignInThrottledException(Duration retryAfter) {
		super("Too many failed sign-in attempts");
		this.retryAfter = retryAfter;
	}

	/**
	 * Returns how long until attempts are accepted again.
	 * @return the wait, at least one second
	 */
	public Duration getRetryAfter() {
		long seconds = (this.retryAfter.toNanos() + 999_999_999L) / 1_000_000_000L;
		return Duration.ofSeconds(Math.max(1, seconds));
	}

}
