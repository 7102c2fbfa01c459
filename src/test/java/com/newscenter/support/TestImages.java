package com.newscenter.support;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Real image files for upload tests, drawn on the spot; the WebP samples were made once
 * with {@code cwebp}, the CMYK JPEG (Adobe YCCK, as print tools save it) with
 * ImageMagick's {@code convert -colorspace CMYK}, and are kept under
 * {@code src/test/resources/media}.
 */
public final class TestImages {

	/** A marker written into the EXIF GPS data, to look for in stored files. */
	public static final String GPS_MARKER = "GPS-SECRET-52N13E";

	private TestImages() {
	}

	/**
	 * Returns a PNG of a size.
	 * @param width the width in pixels
	 * @param height the height in pixels
	 * @return the PNG bytes
	 */
	public static byte[] png(int width, int height) {
		return image("png", width, height);
	}

	/**
	 * Draws a picture and encodes it.
	 * @param format {@code png}, {@code jpeg} or {@code gif}
	 * @param width its width
	 * @param height its height
	 * @return the file's bytes
	 */
	public static byte[] image(String format, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, Color.BLUE, width, height, Color.ORANGE));
		g.fillRect(0, 0, width, height);
		g.dispose();
		return encode(image, format);
	}

	/**
	 * Draws random noise, which compresses badly, for files of a known large size.
	 * @param width its width
	 * @param height its height
	 * @return PNG bytes
	 */
	public static byte[] noisePng(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(42);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, random.nextInt(0xFFFFFF));
			}
		}
		return encode(image, "png");
	}

	/**
	 * Returns a JPEG carrying an EXIF segment with an orientation and GPS data.
	 * @param width its stored width
	 * @param height its stored height
	 * @param orientation the EXIF orientation, 1 to 8
	 * @return the file's bytes
	 */
	public static byte[] jpegWithExif(int width, int height, int orientation) {
		byte[] jpeg = image("jpeg", width, height);
		byte[] marker = GPS_MARKER.getBytes(StandardCharsets.US_ASCII);
		// TIFF header, IFD0 (orientation, GPS pointer), GPS IFD (latitude ref, map
		// datum).
		ByteBuffer tiff = ByteBuffer.allocate(68 + marker.length + 1);
		tiff.put(new byte[] { 'M', 'M', 0, 42 }).putInt(8);
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
		tiff.putInt(0);
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] { 'N', 0, 0, 0 });
		tiff.putShort((short) 0x0012).putShort((short) 2).putInt(marker.length + 1).putInt(68);
		tiff.putInt(0);
		tiff.position(68);
		tiff.put(marker).put((byte) 0);
		byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff.array());
		int length = exif.length + 2;
		byte[] segment = concat(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length }, exif);
		int afterJfif = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
		return concat(Arrays.copyOf(jpeg, afterJfif),
				concat(segment, Arrays.copyOfRange(jpeg, afterJfif, jpeg.length)));
	}

	/**
	 * Reads a test resource.
	 * @param name its name under {@code src/test/resources/media}
	 * @return its bytes
	 */
	public static byte[] resource(String name) {
		try (InputStream in = TestImages.class.getResourceAsStream("/media/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Decodes an image file.
	 * @param bytes the file
	 * @return the picture
	 */
	public static BufferedImage read(byte[] bytes) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
			if (image == null) {
				throw new AssertionError("Not an image ImageIO can read");
			}
			return image;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] concat(byte[] first, byte[] second) {
		byte[] all = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	private static byte[] encode(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No writer for " + format);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
