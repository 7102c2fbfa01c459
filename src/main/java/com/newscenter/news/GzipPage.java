package com.newscenter.news;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A kept page compressed once, when it is kept, instead of on every request: a browser
 * asks for gzip, and compressing a page costs more than everything else a kept page's
 * request does. An article page's view count changes with every view, so its page is
 * compressed in two parts, before and after the count, and each response puts the count
 * between them as an uncompressed (stored) deflate block: the parts never change, and the
 * result is one valid gzip stream (RFC 1951, RFC 1952).
 *
 * @param head the gzip header and the deflated part before the count, flushed to a byte
 * boundary and not final; the whole compressed page for a page without a count
 * @param tail the part after the count, deflated on its own and final; empty for a page
 * without a count
 */
record GzipPage(byte[] head, byte[] tail) {

	private static final byte[] HEADER = { 0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff };

	/**
	 * A stored block's header: one byte of block type, its length, and its complement.
	 */
	private static final int STORED_HEADER = 5;

	private static final int TRAILER = 8;

	/**
	 * Compresses a page without a count.
	 * @param body the page
	 * @return the compressed page
	 */
	static GzipPage of(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
		out.writeBytes(HEADER);
		deflate(body, 0, body.length, true, out);
		CRC32 crc = new CRC32();
		crc.update(body);
		out.writeBytes(trailer(crc.getValue(), body.length));
		return new GzipPage(out.toByteArray(), new byte[0]);
	}

	/**
	 * Compresses a page around its count.
	 * @param body the page
	 * @param countStart where the count starts
	 * @param countEnd where it ends
	 * @return the compressed parts
	 */
	static GzipPage around(byte[] body, int countStart, int countEnd) {
		ByteArrayOutputStream head = new ByteArrayOutputStream(countStart / 3 + 64);
		head.writeBytes(HEADER);
		deflate(body, 0, countStart, false, head);
		ByteArrayOutputStream tail = new ByteArrayOutputStream((body.length - countEnd) / 3 + 64);
		deflate(body, countEnd, body.length - countEnd, true, tail);
		return new GzipPage(head.toByteArray(), tail.toByteArray());
	}

	/**
	 * Returns the length of the compressed page with a count of the given length.
	 * @param countLength the number of the count's digits
	 * @return the length in bytes
	 */
	int length(int countLength) {
		return this.head.length + STORED_HEADER + countLength + this.tail.length + TRAILER;
	}

	/**
	 * Writes the compressed page with a count in its place.
	 * @param body the uncompressed page, for the checksum
	 * @param countStart where the count starts in it
	 * @param countEnd where it ends
	 * @param count the count to show, as ASCII digits
	 * @param out where to write
	 * @throws IOException when the client is gone
	 */
	void writeTo(byte[] body, int countStart, int countEnd, byte[] count, OutputStream out) throws IOException {
		int length = count.length;
		byte[] stored = { 0, (byte) length, (byte) (length >>> 8), (byte) ~length, (byte) (~length >>> 8) };
		CRC32 crc = new CRC32();
		crc.update(body, 0, countStart);
		crc.update(count);
		crc.update(body, countEnd, body.length - countEnd);
		out.write(this.head);
		out.write(stored);
		out.write(count);
		out.write(this.tail);
		out.write(trailer(crc.getValue(), body.length - (countEnd - countStart) + length));
	}

	/**
	 * Returns roughly how much memory the compressed page takes.
	 * @return its size in bytes
	 */
	int weight() {
		return this.head.length + this.tail.length;
	}

	/**
	 * Deflates a part of the page with a deflater of its own, so that it refers to
	 * nothing before it.
	 * @param last whether the part ends the stream; if not, it is flushed to a byte
	 * boundary for what follows
	 */
	private static void deflate(byte[] input, int offset, int length, boolean last, ByteArrayOutputStream out) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
		try {
			deflater.setInput(input, offset, length);
			byte[] buffer = new byte[8192];
			if (last) {
				deflater.finish();
				while (!deflater.finished()) {
					out.write(buffer, 0, deflater.deflate(buffer));
				}
			}
			else {
				// a full buffer may leave more to flush
				int written;
				do {
					written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
					out.write(buffer, 0, written);
				}
				while (written == buffer.length);
			}
		}
		finally {
			deflater.end();
		}
	}

	/**
	 * The gzip trailer: the page's CRC-32 and its length, least significant byte first.
	 */
	private static byte[] trailer(long crc, int length) {
		byte[] trailer = new byte[TRAILER];
		for (int i = 0; i < 4; i++) {
			trailer[i] = (byte) (crc >>> (8 * i));
			trailer[4 + i] = (byte) (length >>> (8 * i));
		}
		return trailer;
	}

}
