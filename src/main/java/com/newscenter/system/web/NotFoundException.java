package com.newscenter.system.web;

/**
 * Signals that the record a URL names does not exist; answered with a 404 page or problem
 * JSON.
 */
public class NotFoundException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	/**
	 * Creates the exception.
	 * @param messageKey the message bundle key of the detail
	 * @param arguments its arguments; numbers are ids and are shown as they are written
	 * ("Article 99999"), not formatted as amounts ("99,999")
	 */
	public NotFoundException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			this.arguments[i] = (arguments[i] instanceof Number number) ? number.toString() : arguments[i];
		}
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
