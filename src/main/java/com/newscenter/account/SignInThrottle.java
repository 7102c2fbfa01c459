package com.newscenter.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.newscenter.system.NewsCenterProperties;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

import org.springframework.stereotype.Component;

/**
 * Limits sign-in attempts per username and per client address, for the form and the token
 * API alike: each attempt takes a token from both buckets before the password is checked
 * and only a successful one gives it back, so parallel guesses are counted too. A bucket
 * refills at once when its window ends.
 */
@Component
class SignInThrottle {

	private static final long MAX_TRACKED = 100_000;

	private static final int MAX_KEY_LENGTH = 100;

	private final NewsCenterProperties.Security settings;

	private final TimeMeter time;

	private final Cache<String, Bucket> users;

	private final Cache<String, Bucket> addresses;

	SignInThrottle(NewsCenterProperties properties, Clock clock) {
		this.settings = properties.security();
		this.time = new ClockTimeMeter(clock);
		this.users = cache();
		this.addresses = cache();
	}

	/**
	 * Starts a sign-in attempt, unless the username or the address is locked.
	 * @param username the username as typed
	 * @param address the client address, or {@code null} when unknown
	 * @return the attempt, to be reported when it succeeds
	 * @throws SignInThrottledException when too many attempts failed
	 */
	Attempt begin(String username, String address) {
		Bucket user = this.users.get(userKey(username), (key) -> bucket(this.settings.maxFailuresPerUser()));
		Bucket client = (address != null)
				? this.addresses.get(trim(address), (key) -> bucket(this.settings.maxFailuresPerAddress())) : null;
		if (!user.tryConsume(1)) {
			throw locked(user, client);
		}
		if (client != null && !client.tryConsume(1)) {
			user.addTokens(1);
			throw locked(user, client);
		}
		return new Attempt(user, client);
	}

	/**
	 * Tells whether further attempts for a username or from an address are refused now.
	 * @param username the username as typed
	 * @param address the client address, or {@code null}
	 * @return whether one of them is locked
	 */
	boolean isLocked(String username, String address) {
		Bucket user = this.users.getIfPresent(userKey(username));
		Bucket client = (address != null) ? this.addresses.getIfPresent(trim(address)) : null;
		return (user != null && user.getAvailableTokens() < 1) || (client != null && client.getAvailableTokens() < 1);
	}

	private SignInThrottledException locked(Bucket user, Bucket client) {
		long wait = Math.max(waitNanos(user), waitNanos(client));
		return new SignInThrottledException(Duration.ofNanos(wait));
	}

	private static long waitNanos(Bucket bucket) {
		return (bucket != null) ? bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill() : 0;
	}

	private Bucket bucket(int capacity) {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(capacity).refillIntervally(capacity, this.settings.lockWindow()))
			.withCustomTimePrecision(this.time)
			.build();
	}

	private <V> Cache<String, V> cache() {
		return Caffeine.newBuilder()
			.maximumSize(MAX_TRACKED)
			.expireAfterAccess(this.settings.lockWindow())
			.ticker(this.time::currentTimeNanos)
			.build();
	}

	private static String userKey(String username) {
		return trim((username != null) ? username.strip().toLowerCase(Locale.ROOT) : "");
	}

	private static String trim(String key) {
		return (key.length() > MAX_KEY_LENGTH) ? key.substring(0, MAX_KEY_LENGTH) : key;
	}

	/**
	 * A sign-in attempt under way.
	 */
	static final class Attempt {

		private final Bucket user;

		private final Bucket client;

		private Attempt(Bucket user, Bucket client) {
			this.user = user;
			this.client = client;
		}

		/** Gives back what the attempt took: a successful sign-in is no failure. */
		void succeeded() {
			this.user.addTokens(1);
			if (this.client != null) {
				this.client.addTokens(1);
			}
		}

	}

	/**
	 * Bucket4j and Caffeine time from the injected {@link Clock}, so tests can move it.
	 */
	private record ClockTimeMeter(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = this.clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
