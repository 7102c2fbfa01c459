package com.newscenter.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

import com.newscenter.media.UnsupportedMediaException.Reason;

/**
 * Decides by content whether a file is an image the site takes, and decodes it: the
 * format from its first bytes, the size from its header before any pixel is decoded, the
 * picture only when that size is within bounds.
 */
final class ImageDecoder {

	private final long maxPixels;

	ImageDecoder(long maxPixels) {
		this.maxPixels = maxPixels;
	}

	/**
	 * Decodes an uploaded file.
	 * @param name the name it came with, for messages only
	 * @param bytes its content
	 * @return the format and the upright picture (the first frame of an animation)
	 * @throws UnsupportedMediaException when it is not a whole PNG, JPEG, GIF or WebP
	 * image
	 * @throws MediaTooLargeException when it has more pixels than allowed
	 */
	Decoded decode(String name, byte[] bytes) {
		ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> refuse(name, bytes));
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName());
		if (!readers.hasNext()) {
			throw new UnsupportedMediaException(Reason.UNSUPPORTED_FORMAT,
					format + " images cannot be read on this server; " + UnsupportedMediaException.ACCEPTED);
		}
		ImageReader reader = readers.next();
		List<String> warnings = new ArrayList<>();
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(input, true, true);
			reader.addIIOReadWarningListener(collect(warnings));
			long width = reader.getWidth(0);
			long height = reader.getHeight(0);
			if (width * height > this.maxPixels) {
				throw new MediaTooLargeException("The image is " + width + " × " + height + " pixels; at most "
						+ this.maxPixels + " pixels are accepted", true);
			}
			BufferedImage image = reader.read(0);
			if (image == null || warnings.stream().anyMatch(ImageDecoder::truncated)) {
				throw damaged();
			}
			if (format == ImageFormat.JPEG) {
				image = ExifOrientation.apply(image, ExifOrientation.of(bytes));
			}
			return new Decoded(format, image);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof MediaTooLargeException || ex instanceof UnsupportedMediaException) {
				throw (RuntimeException) ex;
			}
			throw damaged();
		}
		finally {
			reader.dispose();
		}
	}

	private static UnsupportedMediaException refuse(String name, byte[] bytes) {
		return ImageFormat.describeOther(bytes).map((kind) -> switch (kind) {
			case "SVG" -> new UnsupportedMediaException(Reason.UNSUPPORTED_FORMAT,
					"SVG images are not accepted, as they can carry scripts; " + UnsupportedMediaException.ACCEPTED);
			case "HTML",
					"PDF" ->
				new UnsupportedMediaException(Reason.NOT_AN_IMAGE,
						"The file is " + ("HTML".equals(kind) ? "an HTML" : "a PDF") + " document, not an image; "
								+ UnsupportedMediaException.ACCEPTED);
			default -> new UnsupportedMediaException(Reason.UNSUPPORTED_FORMAT,
					kind + " images are not accepted; " + UnsupportedMediaException.ACCEPTED);
		})
			.orElseGet(() -> new UnsupportedMediaException(Reason.NOT_AN_IMAGE,
					"'" + name + "' is not an image (its content was checked, not its name); "
							+ UnsupportedMediaException.ACCEPTED));
	}

	private static UnsupportedMediaException damaged() {
		return new UnsupportedMediaException(Reason.DAMAGED,
				"The image could not be decoded: the file is truncated, damaged or of an unsupported variant");
	}

	/**
	 * Tells whether a decoder warning means the file ended early: the JPEG decoder then
	 * fills the rest of the picture with grey instead of failing.
	 */
	private static boolean truncated(String warning) {
		String text = warning.toLowerCase(Locale.ROOT);
		return text.contains("truncated") || text.contains("premature end");
	}

	private static IIOReadWarningListener collect(List<String> warnings) {
		return (source, warning) -> warnings.add(warning);
	}

	/**
	 * A decoded upload.
	 *
	 * @param format the format it came in
	 * @param image the upright picture
	 */
	record Decoded(ImageFormat format, BufferedImage image) {
	}

}
