package com.newscenter.news;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * A rendered public page kept to be sent again as it was; an article page also knows
 * where its view count is, so every visitor still gets the live count.
 *
 * @param contentType the response's content type
 * @param locale the language of the response, or {@code null}
 * @param headers the other headers the page was sent with
 * @param body the page
 * @param countStart where the view count starts in the body, or {@code -1} for pages
 * without one
 * @param countEnd where the view count ends in the body
 * @param article the article of an article page, or {@code null}
 * @param keptUntil when the page stops being right (a banner's show window opens or
 * closes), or {@code null} when only a content change or the cache's time to live ends it
 * @param etag the page's entity tag, or {@code null} for an article page, whose count
 * changes with every view
 * @param gzip the page compressed, or {@code null} when it is only sent as it is
 */
record CachedPage(String contentType, Locale locale, List<Header> headers, byte[] body, int countStart, int countEnd,
		RenderedArticle article, Instant keptUntil, String etag, GzipPage gzip) {

	/** Ends the entity tag of a compressed page, as Apache's server marks its own. */
	private static final String GZIP_ETAG_SUFFIX = "-gzip\"";

	/**
	 * Whether the page shows an article's view count, so serving it is a view.
	 * @return whether it is an article page
	 */
	boolean isArticle() {
		return this.article != null;
	}

	/**
	 * Tells whether the page may still be sent; the clock is read only for a page kept
	 * until a given time, so serving any other page costs no clock read.
	 * @param clock the clock
	 * @return {@code false} once its {@link #keptUntil()} has come
	 */
	boolean isCurrent(Clock clock) {
		return this.keptUntil == null || clock.instant().isBefore(this.keptUntil);
	}

	/**
	 * Returns the page's entity tag in the coding it is sent in: each coding of a page is
	 * another entity.
	 * @param gzipped whether it is sent compressed
	 * @return the tag, or {@code null} for an article page
	 */
	String etag(boolean gzipped) {
		return (this.etag == null || !gzipped) ? this.etag
				: this.etag.substring(0, this.etag.length() - 1) + GZIP_ETAG_SUFFIX;
	}

	/**
	 * Sends the page with the given view count in place of the one it was rendered with.
	 * @param response the response
	 * @param views the count to show; ignored by pages without one
	 * @param gzipped whether to send it compressed; only if {@link #gzip()} is not
	 * {@code null}
	 * @throws IOException when the client is gone
	 */
	void writeTo(HttpServletResponse response, long views, boolean gzipped) throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(this.contentType);
		if (this.locale != null) {
			response.setLocale(this.locale);
		}
		writeHeadersTo(response);
		writeBodyTo(response, isArticle() ? Long.toString(views).getBytes(StandardCharsets.US_ASCII) : null, gzipped);
	}

	/**
	 * Sends the page's body, the rest of the response, {@link #varyOn} too, being set
	 * already.
	 * @param response the response
	 * @param count the view count to show, as ASCII digits; ignored by pages without one
	 * @param gzipped whether to send it compressed; only if {@link #gzip()} is not
	 * {@code null}
	 * @throws IOException when the client is gone
	 */
	void writeBodyTo(HttpServletResponse response, byte[] count, boolean gzipped) throws IOException {
		ServletOutputStream out = response.getOutputStream();
		if (gzipped) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			if (!isArticle()) {
				response.setContentLength(this.gzip.head().length);
				out.write(this.gzip.head());
				return;
			}
			response.setContentLength(this.gzip.length(count.length));
			this.gzip.writeTo(this.body, this.countStart, this.countEnd, count, out);
			return;
		}
		if (!isArticle()) {
			response.setContentLength(this.body.length);
			out.write(this.body);
			return;
		}
		response.setContentLength(this.body.length - (this.countEnd - this.countStart) + count.length);
		out.write(this.body, 0, this.countStart);
		out.write(count);
		out.write(this.body, this.countEnd, this.body.length - this.countEnd);
	}

	/**
	 * Returns the view count the page was rendered with.
	 * @return its digits, or {@code null} for a page without one
	 */
	byte[] renderedCount() {
		return isArticle() ? Arrays.copyOfRange(this.body, this.countStart, this.countEnd) : null;
	}

	/**
	 * Adds the headers the page was sent with, but for those of its body: all a
	 * {@code 304} carries.
	 * @param response the response
	 */
	void writeHeadersTo(HttpServletResponse response) {
		for (Header header : this.headers) {
			response.addHeader(header.name(), header.value());
		}
		varyOn(response);
	}

	/**
	 * Tells caches that the page's coding depends on what the client accepts, when the
	 * page is also kept compressed.
	 * @param response the response
	 */
	void varyOn(HttpServletResponse response) {
		if (this.gzip != null) {
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
	}

	/**
	 * Returns roughly how much memory the page takes.
	 * @return its size in bytes
	 */
	int weight() {
		return this.body.length + ((this.gzip != null) ? this.gzip.weight() : 0) + 64 * (this.headers.size() + 1);
	}

	/**
	 * A response header.
	 *
	 * @param name its name
	 * @param value its value
	 */
	record Header(String name, String value) {
	}

	/**
	 * The article an article page shows, with the count it had in the database when the
	 * page was rendered: the base the view counter starts from if it holds none.
	 *
	 * @param id the article's id
	 * @param storedViews its stored count
	 */
	record RenderedArticle(long id, long storedViews) {
	}

}
