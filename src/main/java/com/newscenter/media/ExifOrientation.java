package com.newscenter.media;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads the EXIF orientation of a JPEG and turns the picture upright, because stripping
 * the metadata would otherwise leave phone photos lying on their side.
 */
final class ExifOrientation {

	private static final int TAG_ORIENTATION = 0x0112;

	private ExifOrientation() {
	}

	/**
	 * Returns the EXIF orientation of a JPEG file.
	 * @param jpeg the file
	 * @return 1 to 8; 1, upright, when absent or unreadable
	 */
	static int of(byte[] jpeg) {
		try {
			int at = 2;
			while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
				int marker = jpeg[at + 1] & 0xFF;
				int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
				if (marker == 0xDA || length < 2) {
					return 1;
				}
				if (marker == 0xE1 && length > 14
						&& "Exif\0\0".equals(new String(jpeg, at + 4, 6, StandardCharsets.ISO_8859_1))) {
					return fromTiff(ByteBuffer.wrap(jpeg, at + 10, length - 8).slice());
				}
				at += 2 + length;
			}
		}
		catch (RuntimeException ex) {
			// damaged EXIF: treat the picture as upright
		}
		return 1;
	}

	private static int fromTiff(ByteBuffer tiff) {
		tiff.order((tiff.get(0) == 'I') ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
		int ifd = tiff.getInt(4);
		int entries = tiff.getShort(ifd) & 0xFFFF;
		for (int i = 0; i < entries; i++) {
			int entry = ifd + 2 + i * 12;
			if ((tiff.getShort(entry) & 0xFFFF) == TAG_ORIENTATION) {
				int value = tiff.getShort(entry + 8) & 0xFFFF;
				return (value >= 1 && value <= 8) ? value : 1;
			}
		}
		return 1;
	}

	/**
	 * Turns a picture upright according to its EXIF orientation.
	 * @param image the picture as stored in the file
	 * @param orientation the EXIF orientation, 1 to 8
	 * @return the upright picture
	 */
	static BufferedImage apply(BufferedImage image, int orientation) {
		if (orientation <= 1 || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		boolean swap = orientation >= 5;
		AffineTransform t = new AffineTransform();
		switch (orientation) {
			case 2 -> t.setTransform(-1, 0, 0, 1, w, 0);
			case 3 -> t.setTransform(-1, 0, 0, -1, w, h);
			case 4 -> t.setTransform(1, 0, 0, -1, 0, h);
			case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
			case 6 -> t.setTransform(0, 1, -1, 0, h, 0);
			case 7 -> t.setTransform(0, -1, -1, 0, h, w);
			default -> t.setTransform(0, -1, 1, 0, 0, w);
		}
		BufferedImage upright = new BufferedImage(swap ? h : w, swap ? w : h, ImageEncoding.opaqueType(image));
		Graphics2D g = upright.createGraphics();
		try {
			g.drawImage(image, t, null);
		}
		finally {
			g.dispose();
		}
		return upright;
	}

}
