package com.newscenter.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.newscenter.account.AccountException.Violation;
import com.newscenter.audit.Audited;
import com.newscenter.system.Sha256;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: random, shown once, stored only as a SHA-256 digest, expiring, and
 * revocable by their owner in the back office with immediate effect.
 */
@Service
public class ApiTokenService {

	/** The lifetimes a user may choose for a named token, in days. */
	public static final List<Integer> LIFETIME_DAYS = List.of(1, 7, 30, 90, 365);

	static final int MAX_NAME_LENGTH = 100;

	private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenRepository repository;

	private final UserRepository users;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ApiTokenService(ApiTokenRepository repository, UserRepository users, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.repository = repository;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * Returns the user an unrevoked, unexpired token belongs to, noting when it was used.
	 * @param token the token as sent
	 * @return the user, if the token is valid
	 */
	@Transactional
	public Optional<User> authenticate(String token) {
		Instant now = this.clock.instant();
		return this.repository.findValid(digest(token), now).map((valid) -> {
			if (valid.lastUsedAt() == null || valid.lastUsedAt().isBefore(now.minus(TOUCH_INTERVAL))) {
				this.repository.touch(valid.tokenId(), now);
			}
			return valid.user();
		});
	}

	/**
	 * Lists the acting user's tokens that still work, newest first.
	 * @param actor the signed-in user
	 * @return their tokens
	 */
	public List<ApiToken> tokens(StaffPrincipal actor) {
		return this.repository.findActive(enabledUser(actor).id(), this.clock.instant());
	}

	/**
	 * Lists the tokens of the other users that still work, for an administrator.
	 * @param actor the signed-in user
	 * @return their tokens, by user name; empty for anyone but an administrator
	 */
	public List<UserToken> othersTokens(StaffPrincipal actor) {
		User user = enabledUser(actor);
		if (user.role() != Role.ADMIN) {
			return List.of();
		}
		return this.repository.findActiveOfOthers(user.id(), this.clock.instant());
	}

	/**
	 * Creates a named token for the acting user.
	 * @param actor the signed-in user
	 * @param name what to call it
	 * @param days how many days it works, one of {@link #LIFETIME_DAYS}
	 * @return the token, whose value is shown this once
	 */
	@Transactional
	public AccountService.IssuedToken create(StaffPrincipal actor, String name, String days) {
		User user = enabledUser(actor);
		List<Violation> problems = new ArrayList<>();
		String trimmed = (name != null) ? name.strip() : "";
		if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
			problems.add(new Violation("name", "account.error.tokenName"));
		}
		Integer lifetime = LIFETIME_DAYS.stream()
			.filter((d) -> String.valueOf(d).equals(days))
			.findFirst()
			.orElse(null);
		if (lifetime == null) {
			problems.add(new Violation("days", "account.error.tokenDays"));
		}
		if (!problems.isEmpty()) {
			throw AccountException.invalid(problems);
		}
		return issue(user, trimmed, Duration.ofDays(lifetime));
	}

	/**
	 * Revokes a token of the acting user, or any user's when they are an administrator;
	 * it stops working at once.
	 * @param actor the signed-in user
	 * @param id the token's key
	 */
	@Transactional
	public void revoke(StaffPrincipal actor, long id) {
		User user = enabledUser(actor);
		// someone else's token is not found, unless an administrator revokes it
		long owner = this.repository.findActiveOwner(id, this.clock.instant())
			.filter((o) -> o == user.id() || user.role() == Role.ADMIN)
			.orElseThrow(() -> AccountException.notFound("account.error.tokenNotFound"));
		if (!this.repository.revoke(id, owner)) {
			throw AccountException.notFound("account.error.tokenNotFound");
		}
		this.events.publishEvent(new Audited(new Actor(user.id(), user.username(), user.role()), "token.revoke",
				"user:" + owner, "token " + id));
	}

	/**
	 * Revokes all of a user's tokens, as when their password changes: whoever knew the
	 * old one may have made tokens with it.
	 * @param userId the user
	 * @return how many were revoked
	 */
	int revokeAll(long userId) {
		return this.repository.revokeAll(userId);
	}

	AccountService.IssuedToken issue(User user, String name, Duration lifetime) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(lifetime);
		this.repository.deleteExpired(now);
		this.repository.insert(user.id(), digest(token), name, now, expiresAt);
		this.events.publishEvent(new Audited(new Actor(user.id(), user.username(), user.role()), "token.create",
				"user:" + user.id(), (name != null) ? name : "POST /api/v1/auth/token"));
		return new AccountService.IssuedToken(token, expiresAt, user);
	}

	private User enabledUser(StaffPrincipal actor) {
		return Optional.ofNullable(actor)
			.flatMap((a) -> this.users.findById(a.id()))
			.filter(User::enabled)
			.orElseThrow(AccountException::forbidden);
	}

	private static String digest(String token) {
		return Sha256.hex(token);
	}

}
