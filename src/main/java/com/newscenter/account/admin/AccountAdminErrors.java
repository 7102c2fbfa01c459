package com.newscenter.account.admin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import com.newscenter.account.AccountException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Answers back-office account requests an account rule refused outright (not the acting
 * user's to do, no such record) with the matching error page, as the sign-in gate does.
 */
@ControllerAdvice(basePackageClasses = AccountAdminErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountAdminErrors {

	@ExceptionHandler(AccountException.class)
	void refused(AccountException ex, HttpServletResponse response) throws IOException {
		HttpStatus status = switch (ex.getReason()) {
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case INVALID -> HttpStatus.BAD_REQUEST;
		};
		response.sendError(status.value());
	}

}
