package com.newscenter.account.admin;

import com.newscenter.account.AccountException;

import org.springframework.validation.BindingResult;

/**
 * Puts the reasons an account service gave beside the form fields they concern.
 */
final class AccountForms {

	private AccountForms() {
	}

	/**
	 * Records a refusal on a form; refusals that are no input mistake propagate.
	 * @param ex what the service said
	 * @param errors the form's errors
	 */
	static void reject(AccountException ex, BindingResult errors) {
		if (ex.getReason() == AccountException.Reason.FORBIDDEN
				|| ex.getReason() == AccountException.Reason.NOT_FOUND) {
			throw ex;
		}
		for (AccountException.Violation violation : ex.getViolations()) {
			if (violation.field() != null) {
				errors.rejectValue(violation.field(), violation.messageKey());
			}
			else {
				errors.reject(violation.messageKey());
			}
		}
	}

}
