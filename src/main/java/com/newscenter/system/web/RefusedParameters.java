package com.newscenter.system.web;

import java.util.Optional;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.http.HttpStatus;

/**
 * What to answer when Tomcat refuses a request's parameters, the client's fault rather
 * than the server's: a form larger than {@code server.tomcat.max-http-form-post-size} is
 * a 413, a query string or form that is not validly encoded a 400.
 *
 * @param status the status to answer with
 * @param messageKey the bundle key of the detail
 */
record RefusedParameters(HttpStatus status, String messageKey) {

	/**
	 * Finds Tomcat's refusal among an error and its causes.
	 * @param error what failed, or {@code null}
	 * @return the answer to give, or empty when it was something else
	 */
	static Optional<RefusedParameters> of(Object error) {
		return Optional.ofNullable(Causes.find(error, InvalidParameterException.class))
			.map((refused) -> (refused.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value())
					? new RefusedParameters(HttpStatus.CONTENT_TOO_LARGE, "error.formTooLarge")
					: new RefusedParameters(HttpStatus.BAD_REQUEST, "error.badlyEncoded"));
	}

}
