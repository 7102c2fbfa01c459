package com.newscenter.system.web;

/**
 * Signals that the acting user's role does not allow what they asked; answered with a
 * 403.
 */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
