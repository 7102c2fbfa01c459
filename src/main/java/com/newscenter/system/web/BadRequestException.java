package com.newscenter.system.web;

/**
 * Signals a request that cannot be served as sent; answered with a 400 and the reason.
 */
public class BadRequestException extends RuntimeException {

	private final String field;

	public BadRequestException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String getField() {
		return this.field;
	}

}
