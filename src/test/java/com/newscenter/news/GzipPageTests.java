package com.newscenter.news;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page compressed around its count reads, with any count put in, as the page with that
 * count: a standard gzip stream whose length and checksum hold.
 */
class GzipPageTests {

	private static final String BEFORE = "<p>Views: <span data-testid=\"article-views\">";

	private static final String AFTER = "</span></p>";

	@Test
	void anyCountPutBetweenThePartsReadsAsThePageWithThatCount() throws IOException {
		byte[] body = page(5_000, "7", 9_000);
		int start = countStart(body);
		GzipPage gzip = GzipPage.around(body, start, start + 1);

		for (String count : new String[] { "0", "8", "99", "100", "123456789", "9223372036854775807" }) {
			byte[] sent = send(gzip, body, start, start + 1, count);

			assertThat(sent).hasSize(gzip.length(count.length()));
			assertThat(new String(gunzip(sent), StandardCharsets.UTF_8)).as(count)
				.isEqualTo(
						new String(body, StandardCharsets.UTF_8).replace(BEFORE + "7" + AFTER, BEFORE + count + AFTER));
		}
	}

	@Test
	void aCountAtEitherEndOfThePageStillMakesOneStream() throws IOException {
		byte[] atStart = "42<rest of the page>".getBytes(StandardCharsets.US_ASCII);
		byte[] atEnd = "<the page up to>42".getBytes(StandardCharsets.US_ASCII);

		assertThat(gunzip(send(GzipPage.around(atStart, 0, 2), atStart, 0, 2, "1043")))
			.isEqualTo("1043<rest of the page>".getBytes(StandardCharsets.US_ASCII));
		assertThat(gunzip(send(GzipPage.around(atEnd, 16, 18), atEnd, 16, 18, "5")))
			.isEqualTo("<the page up to>5".getBytes(StandardCharsets.US_ASCII));
	}

	@Test
	void aPageWithoutACountIsCompressedWhole() throws IOException {
		byte[] body = page(20_000, "3", 40_000);

		GzipPage gzip = GzipPage.of(body);

		assertThat(gunzip(gzip.head())).isEqualTo(body);
		assertThat(gzip.head().length).isLessThan(body.length / 3);
		assertThat(gzip.tail()).isEmpty();
	}

	/** A page of repeated markup around a count, with some random words as text. */
	private static byte[] page(int before, String count, int after) {
		Random random = new Random(7);
		StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><body>");
		while (page.length() < before) {
			page.append("<li class=\"news-item\"><a href=\"/en/news/")
				.append(random.nextInt(1000))
				.append("\">Item ")
				.append(Long.toString(random.nextLong(), 36))
				.append("</a></li>\n");
		}
		page.append(BEFORE).append(count).append(AFTER);
		int end = page.length() + after;
		while (page.length() < end) {
			page.append("<p>").append(Long.toString(random.nextLong(), 36)).append(" 港口 起重机</p>\n");
		}
		return page.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
	}

	private static int countStart(byte[] body) {
		return new String(body, StandardCharsets.ISO_8859_1).indexOf(BEFORE) + BEFORE.length();
	}

	private static byte[] send(GzipPage gzip, byte[] body, int start, int end, String count) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		gzip.writeTo(body, start, end, count.getBytes(StandardCharsets.US_ASCII), out);
		return out.toByteArray();
	}

	/** Reads a gzip stream whole, checking its length and checksum as it ends. */
	private static byte[] gunzip(byte[] compressed) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			return in.readAllBytes();
		}
	}

}
