package com.newscenter.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads back the QR codes the site draws: rasterises the SVG path and decodes it with
 * ZXing.
 */
public final class QrDecoder {

	private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

	private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z");

	private static final int SCALE = 4;

	private QrDecoder() {
	}

	/**
	 * Decodes an inline SVG QR code.
	 * @param svg the SVG markup
	 * @return the text it holds
	 */
	public static String decode(String svg) {
		Matcher box = VIEW_BOX.matcher(svg);
		if (!box.find()) {
			throw new IllegalArgumentException("No viewBox in " + svg);
		}
		int size = Integer.parseInt(box.group(1));
		int pixels = size * SCALE;
		int[] rgb = new int[pixels * pixels];
		java.util.Arrays.fill(rgb, 0xFFFFFF);
		Matcher run = RUN.matcher(svg);
		while (run.find()) {
			int x = Integer.parseInt(run.group(1));
			int y = Integer.parseInt(run.group(2));
			int width = Integer.parseInt(run.group(3));
			for (int dy = 0; dy < SCALE; dy++) {
				for (int dx = 0; dx < width * SCALE; dx++) {
					rgb[(y * SCALE + dy) * pixels + x * SCALE + dx] = 0;
				}
			}
		}
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, pixels, rgb)));
		try {
			return new QRCodeReader().decode(bitmap).getText();
		}
		catch (NotFoundException ex) {
			throw new AssertionError("No QR code found", ex);
		}
		catch (ReaderException ex) {
			throw new AssertionError("QR code unreadable", ex);
		}
	}

}
