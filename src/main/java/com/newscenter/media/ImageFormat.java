package com.newscenter.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The image formats the site accepts, recognised by their first bytes, never by name.
 */
enum ImageFormat {

	/** Portable Network Graphics. */
	PNG("png", "image/png", "png"),
	/** JPEG, as cameras and phones write it. */
	JPEG("jpeg", "image/jpeg", "jpg"),
	/** GIF; only its first frame is kept. */
	GIF("gif", "image/gif", "gif"),
	/** WebP; decoded only: the site stores it again as PNG or JPEG. */
	WEBP("webp", "image/webp", "webp");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private final String readerName;

	private final String contentType;

	private final String extension;

	ImageFormat(String readerName, String contentType, String extension) {
		this.readerName = readerName;
		this.contentType = contentType;
		this.extension = extension;
	}

	String readerName() {
		return this.readerName;
	}

	String contentType() {
		return this.contentType;
	}

	String extension() {
		return this.extension;
	}

	/**
	 * Recognises an accepted format from the first bytes of a file.
	 * @param bytes the file
	 * @return the format, or empty when it is none of the accepted ones
	 */
	static Optional<ImageFormat> sniff(byte[] bytes) {
		if (startsWith(bytes, 0, PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (startsWith(bytes, 0, ascii("GIF87a")) || startsWith(bytes, 0, ascii("GIF89a"))) {
			return Optional.of(GIF);
		}
		if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	/**
	 * Names what a refused file is, as far as its first bytes tell.
	 * @param bytes the file
	 * @return a description such as {@code SVG}, or empty when unknown
	 */
	static Optional<String> describeOther(byte[] bytes) {
		if (startsWith(bytes, 0, ascii("%PDF-"))) {
			return Optional.of("PDF");
		}
		if (startsWith(bytes, 0, ascii("BM"))) {
			return Optional.of("BMP");
		}
		if (startsWith(bytes, 0, ascii("II*\0")) || startsWith(bytes, 0, ascii("MM\0*"))) {
			return Optional.of("TIFF");
		}
		String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.UTF_8).strip()
			.toLowerCase(Locale.ROOT);
		if (head.contains("<svg")) {
			return Optional.of("SVG");
		}
		if (head.startsWith("<!doctype html") || head.contains("<html") || head.contains("<body")
				|| head.contains("<script")) {
			return Optional.of("HTML");
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
		return bytes.length >= offset + prefix.length
				&& Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
