package com.newscenter.system.web;

import java.io.IOException;

/**
 * Thrown while a request body is read, once it passes the API's body limit; answered with
 * a 413.
 */
class BodyTooLargeException extends IOException {

	BodyTooLargeException(String message) {
		super(message);
	}

}
