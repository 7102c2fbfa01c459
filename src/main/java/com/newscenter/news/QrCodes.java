package com.newscenter.news;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.springframework.stereotype.Component;

/**
 * Draws QR codes as compact SVG paths, one unit square per dark module, so pages can
 * inline them.
 */
@Component
public class QrCodes {

	private static final int QUIET_ZONE = 2;

	/**
	 * Returns an SVG document encoding a text.
	 * @param text what the code holds
	 * @param title the accessible name of the image
	 * @return the SVG markup
	 */
	public String svg(String text, String title) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode a QR code of " + text.length() + " characters", ex);
		}
		int size = matrix.getWidth();
		StringBuilder path = new StringBuilder(size * size);
		for (int y = 0; y < matrix.getHeight(); y++) {
			int x = 0;
			while (x < size) {
				if (!matrix.get(x, y)) {
					x++;
					continue;
				}
				int run = 1;
				while (x + run < size && matrix.get(x + run, y)) {
					run++;
				}
				path.append('M')
					.append(x)
					.append(' ')
					.append(y)
					.append('h')
					.append(run)
					.append("v1h-")
					.append(run)
					.append('z');
				x += run;
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
				+ "\" width=\"160\" height=\"160\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\""
				+ escape(title) + "\" data-testid=\"qr-code\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
				+ "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
