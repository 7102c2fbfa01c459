package com.newscenter.account;

import java.util.List;

/**
 * A rule of the account services refused a request; carries message keys of the
 * {@code i18n/account} bundle and the fields at fault, so the HTML forms and the API
 * explain it the same way.
 */
public class AccountException extends RuntimeException {

	private final Reason reason;

	private final List<Violation> violations;

	AccountException(Reason reason, List<Violation> violations) {
		super(reason + " " + violations);
		this.reason = reason;
		this.violations = List.copyOf(violations);
	}

	static AccountException invalid(List<Violation> violations) {
		return new AccountException(Reason.INVALID, violations);
	}

	static AccountException forbidden() {
		return new AccountException(Reason.FORBIDDEN, List.of(new Violation(null, "account.error.forbidden")));
	}

	static AccountException notFound(String messageKey) {
		return new AccountException(Reason.NOT_FOUND, List.of(new Violation(null, messageKey)));
	}

	static AccountException conflict(String field, String messageKey) {
		return new AccountException(Reason.CONFLICT, List.of(new Violation(field, messageKey)));
	}

	public Reason getReason() {
		return this.reason;
	}

	public List<Violation> getViolations() {
		return this.violations;
	}

	/**
	 * Why a request was refused.
	 */
	public enum Reason {

		/** The input breaks a rule; answered with 400. */
		INVALID,
		/** The acting user may not do this; answered with 403. */
		FORBIDDEN,
		/** The record does not exist or is not the acting user's; answered with 404. */
		NOT_FOUND,
		/** The request clashes with what is stored; answered with 409. */
		CONFLICT

	}

	/**
	 * One reason for refusing.
	 *
	 * @param field the input field at fault, or {@code null}
	 * @param messageKey the key of the explanation in {@code i18n/account}
	 */
	public record Violation(String field, String messageKey) {
	}

}
