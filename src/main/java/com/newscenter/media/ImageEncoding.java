package com.newscenter.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes pictures as fresh PNG, JPEG or GIF files, which carry none of the metadata of
 * the upload, and scales them down for the resized variants.
 */
final class ImageEncoding {

	private static final float JPEG_QUALITY = 0.9f;

	private ImageEncoding() {
	}

	/**
	 * Encodes a picture.
	 * @param image the picture
	 * @param format PNG, JPEG or GIF
	 * @return the file's bytes
	 */
	static byte[] encode(BufferedImage image, ImageFormat format) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			ImageWriter writer = ImageIO.getImageWritersByFormatName(format.readerName()).next();
			try {
				writer.setOutput(out);
				ImageWriteParam param = writer.getDefaultWriteParam();
				BufferedImage written = image;
				if (format == ImageFormat.JPEG) {
					param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
					param.setCompressionQuality(JPEG_QUALITY);
					written = opaque(image);
				}
				writer.write(null, new IIOImage(written, null, null), param);
			}
			finally {
				writer.dispose();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not encode an image as " + format, ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * Scales a picture down to a width, keeping its proportions, halving step by step so
	 * that fine detail does not turn into noise.
	 * @param image the picture
	 * @param width the new width, smaller than the picture's
	 * @return the smaller picture
	 */
	static BufferedImage scale(BufferedImage image, int width) {
		int height = Math.max(1, Math.round((float) image.getHeight() * width / image.getWidth()));
		int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : opaqueType(image);
		BufferedImage current = image;
		int w = image.getWidth();
		int h = image.getHeight();
		do {
			w = Math.max(width, w / 2);
			h = (w == width) ? height : Math.max(height, h / 2);
			BufferedImage next = new BufferedImage(w, h, type);
			Graphics2D g = next.createGraphics();
			try {
				g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
				g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
				g.drawImage(current, 0, 0, w, h, null);
			}
			finally {
				g.dispose();
			}
			current = next;
		}
		while (w > width);
		return current;
	}

	/**
	 * Tells whether a picture has transparent parts worth keeping.
	 * @param image the picture
	 * @return whether it has an alpha channel
	 */
	static boolean hasAlpha(BufferedImage image) {
		return image.getColorModel().hasAlpha();
	}

	static int opaqueType(BufferedImage image) {
		return (image.getType() == BufferedImage.TYPE_BYTE_GRAY) ? BufferedImage.TYPE_BYTE_GRAY
				: BufferedImage.TYPE_INT_RGB;
	}

	private static BufferedImage opaque(BufferedImage image) {
		int type = image.getType();
		if (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_3BYTE_BGR
				|| type == BufferedImage.TYPE_BYTE_GRAY) {
			return image;
		}
		BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = copy.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			g.drawImage(image, 0, 0, null);
		}
		finally {
			g.dispose();
		}
		return copy;
	}

}
