package com.newscenter.site;

import com.newscenter.system.web.NotFoundException;

/**
 * A URL named a language the site is not published in.
 */
public class UnknownLanguageException extends NotFoundException {

	public UnknownLanguageException(String code) {
		super("error.unknownLanguage", code);
	}

}
