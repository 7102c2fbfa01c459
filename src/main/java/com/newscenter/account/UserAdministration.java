package com.newscenter.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.newscenter.account.AccountException.Violation;
import com.newscenter.audit.Audited;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with users: list, create, disable and enable, reset passwords
 * and change roles. Every method checks the acting user's current role in the database,
 * so the back office and the API obey the same rules whatever the URL rules say; nobody
 * may disable or demote themself, and one enabled administrator always remains.
 */
@Service
public class UserAdministration {

	private final UserRepository repository;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ApiTokenService tokens;

	UserAdministration(UserRepository repository, PasswordEncoder passwords, Clock clock,
			ApplicationEventPublisher events, ApiTokenService tokens) {
		this.tokens = tokens;
		this.repository = repository;
		this.passwords = passwords;
		this.clock = clock;
		this.events = events;
	}

	public List<UserSummary> users(StaffPrincipal actor) {
		requireAdmin(actor);
		return this.repository.findAll();
	}

	public UserSummary user(StaffPrincipal actor, long id) {
		requireAdmin(actor);
		return summary(id);
	}

	/**
	 * Creates a user.
	 * @param actor the administrator
	 * @param input what they typed
	 * @return the new user
	 */
	@Transactional
	public UserSummary create(StaffPrincipal actor, NewUser input) {
		requireAdmin(actor);
		List<Violation> problems = new ArrayList<>();
		AccountRules.username(input.username(), problems);
		AccountRules.newPassword("password", input.password(), problems);
		Role role = AccountRules.role(input.role(), problems);
		AccountRules.check(problems);
		if (this.repository.existsIgnoringCase(input.username())) {
			throw AccountException.conflict("username", "account.error.usernameTaken");
		}
		try {
			long id = this.repository.insert(input.username(), this.passwords.encode(input.password()), role,
					this.clock.instant());
			audit(actor, "user.create", id, input.username() + " (" + role + ")");
			return summary(id);
		}
		catch (DuplicateKeyException ex) {
			throw AccountException.conflict("username", "account.error.usernameTaken");
		}
	}

	/**
	 * Disables or enables another user; a disabled user can neither sign in nor use their
	 * tokens.
	 * @param actor the administrator
	 * @param id the user
	 * @param enabled whether they may sign in
	 */
	@Transactional
	public void setEnabled(StaffPrincipal actor, long id, boolean enabled) {
		List<Long> admins = lockAdmins(actor);
		User target = otherUser(actor, id, "account.error.self");
		if (!enabled && admins.contains(target.id()) && admins.size() <= 1) {
			throw AccountException.conflict(null, "account.error.lastAdmin");
		}
		this.repository.updateEnabled(target.id(), enabled);
		audit(actor, enabled ? "user.enable" : "user.disable", target.id(), target.username());
	}

	/**
	 * Gives another user a new role.
	 * @param actor the administrator
	 * @param id the user
	 * @param role the role's name
	 */
	@Transactional
	public void changeRole(StaffPrincipal actor, long id, String role) {
		List<Long> admins = lockAdmins(actor);
		List<Violation> problems = new ArrayList<>();
		Role newRole = AccountRules.role(role, problems);
		AccountRules.check(problems);
		User target = otherUser(actor, id, "account.error.self");
		if (newRole != Role.ADMIN && admins.contains(target.id()) && admins.size() <= 1) {
			throw AccountException.conflict("role", "account.error.lastAdmin");
		}
		this.repository.updateRole(target.id(), newRole);
		audit(actor, "user.role", target.id(), target.username() + ": " + target.role() + " → " + newRole);
	}

	/**
	 * Sets another user's password, for when they forgot theirs.
	 * @param actor the administrator
	 * @param id the user
	 * @param password the new password
	 */
	@Transactional
	public void resetPassword(StaffPrincipal actor, long id, String password) {
		requireAdmin(actor);
		User target = otherUser(actor, id, "account.error.selfReset");
		List<Violation> problems = new ArrayList<>();
		AccountRules.newPassword("password", password, problems);
		AccountRules.check(problems);
		this.repository.updatePassword(target.id(), this.passwords.encode(password));
		int revoked = this.tokens.revokeAll(target.id());
		audit(actor, "user.password-reset", target.id(), target.username() + ", API tokens revoked: " + revoked);
	}

	private void audit(StaffPrincipal actor, String action, long userId, String detail) {
		this.events.publishEvent(new Audited(Actor.of(actor), action, "user:" + userId, detail));
	}

	private void requireAdmin(StaffPrincipal actor) {
		boolean admin = actor != null && this.repository.findById(actor.id())
			.filter((u) -> u.enabled() && u.role() == Role.ADMIN)
			.isPresent();
		if (!admin) {
			throw AccountException.forbidden();
		}
	}

	/** Locks the enabled administrators and checks that the actor is one of them. */
	private List<Long> lockAdmins(StaffPrincipal actor) {
		List<Long> admins = this.repository.lockEnabledAdmins();
		if (actor == null || !admins.contains(actor.id())) {
			throw AccountException.forbidden();
		}
		return admins;
	}

	private User otherUser(StaffPrincipal actor, long id, String selfKey) {
		User target = this.repository.findById(id)
			.orElseThrow(() -> AccountException.notFound("account.error.userNotFound"));
		if (target.id() == actor.id()) {
			throw AccountException.conflict(null, selfKey);
		}
		return target;
	}

	private UserSummary summary(long id) {
		return this.repository.findSummary(id)
			.orElseThrow(() -> AccountException.notFound("account.error.userNotFound"));
	}

}
