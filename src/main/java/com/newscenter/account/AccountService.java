package com.newscenter.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import com.newscenter.system.NewsCenterProperties;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users, passwords and API tokens: tokens are random, shown once, and stored only as a
 * SHA-256 digest with an expiry.
 */
@Service
public class AccountService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserRepository repository;

	private final PasswordEncoder passwords;

	private final NewsCenterProperties properties;

	private final Clock clock;

	AccountService(UserRepository repository, PasswordEncoder passwords, NewsCenterProperties properties, Clock clock) {
		this.repository = repository;
		this.passwords = passwords;
		this.properties = properties;
		this.clock = clock;
	}

	public Optional<User> findByUsername(String username) {
		return this.repository.findByUsername(username);
	}

	public Optional<User> findById(long id) {
		return this.repository.findById(id);
	}

	@Transactional
	public User create(String username, String rawPassword, Role role) {
		long id = this.repository.insert(username, this.passwords.encode(rawPassword), role, this.clock.instant());
		return this.repository.findById(id).orElseThrow();
	}

	/**
	 * Checks a username and password and, when they match an enabled user, issues a
	 * token.
	 * @param username the username
	 * @param rawPassword the password
	 * @return the token, or empty on bad credentials
	 */
	@Transactional
	public Optional<IssuedToken> issueToken(String username, String rawPassword) {
		Optional<User> user = this.repository.findByUsername(username)
			.filter(User::enabled)
			.filter((u) -> this.passwords.matches(rawPassword, u.passwordHash()));
		if (user.isEmpty()) {
			return Optional.empty();
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.properties.api().tokenLifetime());
		this.repository.deleteExpiredTokens(now);
		this.repository.insertToken(user.get().id(), digest(token), now, expiresAt);
		return Optional.of(new IssuedToken(token, expiresAt, user.get()));
	}

	/**
	 * Returns the user an unexpired token belongs to.
	 * @param token the token as sent
	 * @return the user, if the token is valid
	 */
	public Optional<User> authenticate(String token) {
		return this.repository.findByToken(digest(token), this.clock.instant());
	}

	private static String digest(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A token as issued: the only time its value is known.
	 *
	 * @param token the bearer token
	 * @param expiresAt when it stops working
	 * @param user whose it is
	 */
	public record IssuedToken(String token, Instant expiresAt, User user) {
	}

}
