package com.newscenter.system.web;

/**
 * Signals that the record a URL names does not exist; answered with a 404 page or problem
 * JSON.
 */
public class NotFoundException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public NotFoundException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
