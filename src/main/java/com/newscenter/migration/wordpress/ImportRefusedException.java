package com.newscenter.migration.wordpress;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A file the WordPress import cannot read, or an import that cannot start now, refused
 * before anything is imported: the API answers with its status and English reason, the
 * back office with the message under its key.
 */
public class ImportRefusedException extends ResponseStatusException {

	private final String messageKey;

	private final transient Object[] arguments;

	private ImportRefusedException(HttpStatus status, String reason, String messageKey, Object... arguments) {
		super(status, reason);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	static ImportRefusedException notAnExport(String detail) {
		return new ImportRefusedException(HttpStatus.BAD_REQUEST, "The file is not a WordPress export (WXR): " + detail,
				"wordpress.refused.notAnExport", detail);
	}

	static ImportRefusedException textTooLong(int line, int limit) {
		return new ImportRefusedException(
				HttpStatus.BAD_REQUEST, "The export holds a text (at line " + line + ") longer than "
						+ String.format(Locale.ROOT, "%,d", limit) + " characters, more than an article can hold",
				"wordpress.refused.textTooLong", line, limit);
	}

	static ImportRefusedException notXmlOrZip() {
		return new ImportRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"Send the WordPress export as its XML file, or as a ZIP holding that file and the uploads folder",
				"wordpress.refused.type");
	}

	static ImportRefusedException zipWithoutExport(int exports) {
		return new ImportRefusedException(HttpStatus.BAD_REQUEST,
				"The ZIP must hold exactly one WordPress export (.xml file); it holds " + exports,
				"wordpress.refused.zipExports", exports);
	}

	static ImportRefusedException damagedZip(String detail) {
		return new ImportRefusedException(HttpStatus.BAD_REQUEST, "The ZIP file cannot be read: " + detail,
				"wordpress.refused.damagedZip", detail);
	}

	static ImportRefusedException empty() {
		return new ImportRefusedException(HttpStatus.BAD_REQUEST, "The file is empty", "wordpress.refused.empty");
	}

	static ImportRefusedException busy() {
		return new ImportRefusedException(HttpStatus.CONFLICT,
				"Another import is running on this server; send the file again once it finished",
				"wordpress.refused.busy");
	}

	static ImportRefusedException unknownLanguage(String language, Object languages) {
		return new ImportRefusedException(HttpStatus.BAD_REQUEST,
				"language must be one of " + languages + ", not '" + language + "'", "wordpress.refused.language",
				languages);
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return (this.arguments != null) ? this.arguments.clone() : new Object[0];
	}

}
