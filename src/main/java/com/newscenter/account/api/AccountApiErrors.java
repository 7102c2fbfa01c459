package com.newscenter.account.api;

import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.newscenter.account.AccountException;
import com.newscenter.account.SignInThrottledException;
import com.newscenter.system.web.ProblemResponses;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers refused account requests of the API with problem JSON: the English text of the
 * rule that refused them, the field at fault, and {@code Retry-After} when throttled.
 */
@RestControllerAdvice(assignableTypes = { TokenApiController.class, UserApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountApiErrors {

	private final ProblemResponses problems;

	private final MessageSource messages;

	AccountApiErrors(ProblemResponses problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@ExceptionHandler(SignInThrottledException.class)
	void throttled(SignInThrottledException ex, HttpServletRequest request, HttpServletResponse response) {
		long seconds = ex.getRetryAfter().toSeconds();
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		this.problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
				this.messages.getMessage("account.error.throttled", new Object[] { seconds }, Locale.ENGLISH));
	}

	@ExceptionHandler(AccountException.class)
	void refused(AccountException ex, HttpServletRequest request, HttpServletResponse response) {
		String detail = ex.getViolations()
			.stream()
			.map((violation) -> text(violation))
			.collect(Collectors.joining(" "));
		this.problems.write(request, response, status(ex.getReason()), detail, ex.getViolations().get(0).field());
	}

	private String text(AccountException.Violation violation) {
		String text = this.messages.getMessage(violation.messageKey(), null, Locale.ENGLISH);
		return (violation.field() != null) ? violation.field() + ": " + text : text;
	}

	private static HttpStatus status(AccountException.Reason reason) {
		return switch (reason) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
		};
	}

}
