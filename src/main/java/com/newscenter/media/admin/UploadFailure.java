package com.newscenter.media.admin;

import java.io.Serializable;

import com.newscenter.media.MediaTooLargeException;
import com.newscenter.media.UnsupportedMediaException;

import org.springframework.http.HttpStatus;

/**
 * A file of an upload that was refused, with the message key saying why. Serializable:
 * the list of refusals reaches the next page as a flash attribute, kept in the session's
 * row.
 *
 * @param name the file's name
 * @param messageKey the key of the reason in the media bundle; its arguments are the name
 * and the size limit
 */
public record UploadFailure(String name, String messageKey) implements Serializable {

	/**
	 * Returns the status an upload refused this way gets where one is answered.
	 * @return 400 for an empty file, 413 for one too large, 415 otherwise
	 */
	HttpStatus status() {
		return switch (this.messageKey) {
			case "media.upload.failed.empty" -> HttpStatus.BAD_REQUEST;
			case "media.upload.failed.tooLarge", "media.upload.failed.tooManyPixels" -> HttpStatus.CONTENT_TOO_LARGE;
			default -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
		};
	}

	static UploadFailure empty(String name) {
		return new UploadFailure(name, "media.upload.failed.empty");
	}

	static UploadFailure unreadable(String name) {
		return new UploadFailure(name, "media.upload.failed.damaged");
	}

	static UploadFailure of(String name, UnsupportedMediaException ex) {
		return new UploadFailure(name, switch (ex.getReason()) {
			case NOT_AN_IMAGE -> "media.upload.failed.notAnImage";
			case UNSUPPORTED_FORMAT -> "media.upload.failed.unsupportedFormat";
			case DAMAGED -> "media.upload.failed.damaged";
		});
	}

	static UploadFailure of(String name, MediaTooLargeException ex) {
		return new UploadFailure(name,
				ex.isPixels() ? "media.upload.failed.tooManyPixels" : "media.upload.failed.tooLarge");
	}

}
