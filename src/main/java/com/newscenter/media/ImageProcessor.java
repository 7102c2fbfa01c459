package com.newscenter.media;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Turns an upload into the files the site stores: the picture re-encoded, so that no
 * EXIF, GPS or other metadata survives, and its resized variants.
 */
final class ImageProcessor {

	/** Decoded pictures take a lot of memory: only so many are worked on at once. */
	private final Semaphore working = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

	private final ImageDecoder decoder;

	private final List<Integer> variantWidths;

	ImageProcessor(long maxPixels, List<Integer> variantWidths) {
		this.decoder = new ImageDecoder(maxPixels);
		this.variantWidths = variantWidths.stream().filter((w) -> w > 0).sorted().distinct().toList();
	}

	/**
	 * Decodes an upload and encodes the files to store. PNG and JPEG stay what they are;
	 * a GIF keeps its first frame; a WebP becomes a PNG when it has transparency, a JPEG
	 * otherwise. Variants are as wide as the configured widths below the picture's.
	 * @param name the name it came with, for messages
	 * @param bytes its content
	 * @param stem the start of every file name
	 * @return the files, the original's first
	 */
	Processed process(String name, byte[] bytes, String stem) {
		this.working.acquireUninterruptibly();
		try {
			ImageDecoder.Decoded decoded = this.decoder.decode(name, bytes);
			BufferedImage image = decoded.image();
			ImageFormat format = storedFormat(decoded);
			Map<String, byte[]> files = new LinkedHashMap<>();
			String storageName = stem + "." + format.extension();
			files.put(storageName, ImageEncoding.encode(image, format));
			ImageFormat variantFormat = (format == ImageFormat.GIF) ? ImageFormat.PNG : format;
			List<MediaVariant> variants = new ArrayList<>();
			for (int width : this.variantWidths) {
				if (width < image.getWidth()) {
					BufferedImage scaled = ImageEncoding.scale(image, width);
					String variantName = stem + "-" + width + "." + variantFormat.extension();
					byte[] encoded = ImageEncoding.encode(scaled, variantFormat);
					files.put(variantName, encoded);
					variants.add(new MediaVariant(width, scaled.getHeight(), variantName, encoded.length));
				}
			}
			return new Processed(storageName, format.contentType(), image.getWidth(), image.getHeight(), files,
					variants);
		}
		finally {
			this.working.release();
		}
	}

	private static ImageFormat storedFormat(ImageDecoder.Decoded decoded) {
		if (decoded.format() != ImageFormat.WEBP) {
			return decoded.format();
		}
		return ImageEncoding.hasAlpha(decoded.image()) ? ImageFormat.PNG : ImageFormat.JPEG;
	}

	/**
	 * What to store of an upload.
	 *
	 * @param storageName the original's file name
	 * @param contentType the original's content type as stored
	 * @param width its width
	 * @param height its height
	 * @param files every file name with its content, the original's first
	 * @param variants the resized variants
	 */
	record Processed(String storageName, String contentType, int width, int height, Map<String, byte[]> files,
			List<MediaVariant> variants) {

		long size() {
			return this.files.get(this.storageName).length;
		}

	}

}
