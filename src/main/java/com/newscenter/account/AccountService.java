package com.newscenter.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.newscenter.account.AccountException.Violation;
import com.newscenter.audit.Audited;
import com.newscenter.system.NewsCenterProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users, their passwords and signing in to the API: token requests are throttled per
 * username and per client address like the sign-in form.
 */
@Service
public class AccountService {

	private final UserRepository repository;

	private final ApiTokenService tokens;

	private final SignInThrottle throttle;

	private final PasswordEncoder passwords;

	private final NewsCenterProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AccountService(UserRepository repository, ApiTokenService tokens, SignInThrottle throttle,
			PasswordEncoder passwords, NewsCenterProperties properties, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.repository = repository;
		this.tokens = tokens;
		this.throttle = throttle;
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

	/**
	 * Creates a user without an acting user, as the first start does; administrators use
	 * {@link UserAdministration}.
	 * @param username the sign-in name
	 * @param rawPassword the password
	 * @param role what they may do
	 * @return the user
	 */
	@Transactional
	public User create(String username, String rawPassword, Role role) {
		long id = this.repository.insert(username, this.passwords.encode(rawPassword), role, this.clock.instant());
		return this.repository.findById(id).orElseThrow();
	}

	/**
	 * Checks a username and password and, when they match an enabled user, issues a
	 * token; throttled per username only.
	 * @param username the username
	 * @param rawPassword the password
	 * @return the token, or empty on bad credentials
	 */
	public Optional<IssuedToken> issueToken(String username, String rawPassword) {
		return issueToken(username, rawPassword, null);
	}

	/**
	 * Checks a username and password and, when they match an enabled user, issues a
	 * token; every failure counts against the username and the client address.
	 * @param username the username
	 * @param rawPassword the password
	 * @param clientAddress the address the request came from, or {@code null}
	 * @return the token, or empty on bad credentials
	 * @throws SignInThrottledException when too many attempts failed lately
	 */
	@Transactional
	public Optional<IssuedToken> issueToken(String username, String rawPassword, String clientAddress) {
		SignInThrottle.Attempt attempt = this.throttle.begin(username, clientAddress);
		Optional<User> user = this.repository.findByUsername(username)
			.filter(User::enabled)
			.filter((u) -> rawPassword != null && this.passwords.matches(rawPassword, u.passwordHash()));
		if (user.isEmpty()) {
			return Optional.empty();
		}
		attempt.succeeded();
		return Optional.of(this.tokens.issue(user.get(), null, this.properties.api().tokenLifetime()));
	}

	/**
	 * Returns the user an unrevoked, unexpired token belongs to.
	 * @param token the token as sent
	 * @return the user, if the token is valid
	 */
	public Optional<User> authenticate(String token) {
		return this.tokens.authenticate(token);
	}

	/**
	 * Changes the acting user's own password.
	 * @param actor the signed-in user
	 * @param currentPassword their current password, as proof
	 * @param newPassword the new one, at least 10 characters
	 * @param confirmation the new one again
	 */
	@Transactional
	public void changePassword(StaffPrincipal actor, String currentPassword, String newPassword, String confirmation) {
		User user = Optional.ofNullable(actor)
			.flatMap((a) -> this.repository.findById(a.id()))
			.filter(User::enabled)
			.orElseThrow(AccountException::forbidden);
		List<Violation> problems = new ArrayList<>();
		if (currentPassword == null || !this.passwords.matches(currentPassword, user.passwordHash())) {
			problems.add(new Violation("currentPassword", "account.error.currentPasswordWrong"));
		}
		AccountRules.newPassword("newPassword", newPassword, problems);
		AccountRules.confirmation("confirmPassword", newPassword, confirmation, problems);
		AccountRules.check(problems);
		this.repository.updatePassword(user.id(), this.passwords.encode(newPassword));
		int revoked = this.tokens.revokeAll(user.id());
		this.events.publishEvent(new Audited(Actor.of(actor), "account.password", "user:" + user.id(),
				user.username() + ", API tokens revoked: " + revoked));
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
