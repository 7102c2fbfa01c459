package com.newscenter.migration;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Draws the demo pictures — a gradient sky over a bridge and skyline — so the demo needs
 * no image files of anyone else's.
 */
final class DemoImages {

	private DemoImages() {
	}

	/**
	 * Draws a PNG picture.
	 * @param width its width
	 * @param height its height
	 * @param from the gradient's first colour, as {@code #rrggbb}
	 * @param to the gradient's second colour
	 * @param seed varies the skyline
	 * @return the PNG bytes
	 */
	static byte[] png(int width, int height, String from, String to, long seed) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setPaint(new GradientPaint(0, 0, Color.decode(from), width, height, Color.decode(to)));
			g.fillRect(0, 0, width, height);
			Random random = new Random(seed);
			g.setColor(new Color(255, 255, 255, 28));
			int x = 0;
			while (x < width) {
				int w = width / 30 + random.nextInt(width / 18);
				int h = height / 8 + random.nextInt(height / 3);
				g.fillRect(x, height - h, w - 6, h);
				x += w;
			}
			g.setColor(new Color(255, 255, 255, 70));
			g.setStroke(new BasicStroke(Math.max(2, height / 120f)));
			int deck = height * 3 / 4;
			g.drawLine(0, deck, width, deck);
			int span = width / 3;
			for (int i = 0; i < 3; i++) {
				g.draw(new Arc2D.Double(i * span, deck - height / 4.0, span, height / 2.0, 0, 180, Arc2D.OPEN));
				for (int k = 1; k < 8; k++) {
					int cx = i * span + k * span / 8;
					g.drawLine(cx, deck, cx, deck - (int) (height / 4.0 * Math.sin(Math.PI * k / 8)));
				}
			}
		}
		finally {
			g.dispose();
		}
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
