package com.newscenter.media.admin;

import com.newscenter.media.MediaTooLargeException;
import com.newscenter.media.UnsupportedMediaException;

/**
 * A file of an upload that was refused, with the message key saying why.
 *
 * @param name the file's name
 * @param messageKey the key of the reason in the media bundle; its arguments are the name
 * and the size limit
 */
public record UploadFailure(String name, String messageKey) {

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
