package com.newscenter.media;

/**
 * An upload whose content is not an image the site accepts; answered with a 415.
 */
public class UnsupportedMediaException extends RuntimeException {

	public UnsupportedMediaException() {
		super("The file is not a PNG, JPEG or GIF image");
	}

}
