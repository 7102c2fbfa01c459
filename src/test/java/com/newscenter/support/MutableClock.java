package com.newscenter.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that stands still until a test moves it, so time-dependent rules are tested
 * without sleeping. Import {@link Configuration} to make it the application's clock.
 */
public class MutableClock extends Clock {

	private volatile Instant now;

	public MutableClock(Instant start) {
		this.now = start;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The test clock runs in UTC");
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	/**
	 * Moves the clock forward.
	 * @param duration how far
	 */
	public synchronized void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	/**
	 * Makes a {@link MutableClock} the application's {@link Clock}.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		}

	}

}
