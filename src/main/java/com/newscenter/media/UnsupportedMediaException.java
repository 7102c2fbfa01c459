package com.newscenter.media;

/**
 * An upload whose content is not an image the site accepts; answered with a 415.
 */
public class UnsupportedMediaException extends RuntimeException {

	static final String ACCEPTED = "only PNG, JPEG, GIF and WebP images are accepted";

	private final Reason reason;

	UnsupportedMediaException(Reason reason, String detail) {
		super(detail);
		this.reason = reason;
	}

	/**
	 * Returns why the file was refused, for messages in the reader's language.
	 * @return the reason
	 */
	public Reason getReason() {
		return this.reason;
	}

	/**
	 * Why an upload was refused.
	 */
	public enum Reason {

		/** Its content is no image at all, whatever its name says. */
		NOT_AN_IMAGE,
		/** It is an image or document of a kind the site does not take, such as SVG. */
		UNSUPPORTED_FORMAT,
		/**
		 * It starts like an accepted image but cannot be decoded: truncated or damaged.
		 */
		DAMAGED

	}

}
