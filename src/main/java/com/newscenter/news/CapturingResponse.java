package com.newscenter.news;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;

/**
 * Holds a page's body in memory while it is rendered, so the page can be kept once it is
 * complete; everything but the body goes straight to the real response.
 */
class CapturingResponse extends HttpServletResponseWrapper {

	private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);

	private ServletOutputStream stream;

	private PrintWriter writer;

	private boolean bypassed;

	private boolean setsCookie;

	CapturingResponse(HttpServletResponse response) {
		super(response);
	}

	/**
	 * Returns the body written so far.
	 * @return the bytes
	 */
	byte[] body() {
		if (this.writer != null) {
			this.writer.flush();
		}
		return this.body.toByteArray();
	}

	/**
	 * Tells whether the response went past the capture: an error or redirect was sent, so
	 * the body is not the page and nothing is left to write.
	 * @return whether it did
	 */
	boolean bypassed() {
		return this.bypassed;
	}

	/**
	 * Tells whether the page set a cookie of its own: such a page is about one visitor.
	 * @return whether it did
	 */
	boolean setsCookie() {
		return this.setsCookie;
	}

	/**
	 * Writes the captured body to the real response.
	 * @param bytes the body, as {@link #body()} returned it
	 * @throws IOException when the client is gone
	 */
	void send(byte[] bytes) throws IOException {
		if (this.bypassed) {
			return;
		}
		HttpServletResponse response = (HttpServletResponse) getResponse();
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	@Override
	public ServletOutputStream getOutputStream() {
		if (this.writer != null) {
			throw new IllegalStateException("getWriter() has already been called");
		}
		if (this.stream == null) {
			this.stream = new BufferStream();
		}
		return this.stream;
	}

	@Override
	public PrintWriter getWriter() {
		if (this.stream != null) {
			throw new IllegalStateException("getOutputStream() has already been called");
		}
		if (this.writer == null) {
			this.writer = new PrintWriter(new OutputStreamWriter(this.body, Charset.forName(getCharacterEncoding())));
		}
		return this.writer;
	}

	@Override
	public void setContentLength(int length) {
	}

	@Override
	public void setContentLengthLong(long length) {
	}

	@Override
	public void flushBuffer() {
	}

	@Override
	public boolean isCommitted() {
		return this.bypassed || super.isCommitted();
	}

	@Override
	public void resetBuffer() {
		this.body.reset();
	}

	@Override
	public void reset() {
		super.reset();
		this.body.reset();
	}

	@Override
	public void sendError(int status) throws IOException {
		this.bypassed = true;
		super.sendError(status);
	}

	@Override
	public void sendError(int status, String message) throws IOException {
		this.bypassed = true;
		super.sendError(status, message);
	}

	@Override
	public void sendRedirect(String location) throws IOException {
		this.bypassed = true;
		super.sendRedirect(location);
	}

	@Override
	public void sendRedirect(String location, int status) throws IOException {
		this.bypassed = true;
		super.sendRedirect(location, status);
	}

	@Override
	public void sendRedirect(String location, boolean clearBuffer) throws IOException {
		this.bypassed = true;
		super.sendRedirect(location, clearBuffer);
	}

	@Override
	public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
		this.bypassed = true;
		super.sendRedirect(location, status, clearBuffer);
	}

	@Override
	public void addCookie(Cookie cookie) {
		this.setsCookie = true;
		super.addCookie(cookie);
	}

	@Override
	public void addHeader(String name, String value) {
		this.setsCookie |= HttpHeaders.SET_COOKIE.equalsIgnoreCase(name);
		super.addHeader(name, value);
	}

	@Override
	public void setHeader(String name, String value) {
		this.setsCookie |= HttpHeaders.SET_COOKIE.equalsIgnoreCase(name);
		super.setHeader(name, value);
	}

	/**
	 * The body stream, writing into the buffer.
	 */
	private final class BufferStream extends ServletOutputStream {

		@Override
		public void write(int b) {
			CapturingResponse.this.body.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
			CapturingResponse.this.body.write(bytes, offset, length);
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			throw new UnsupportedOperationException("A captured page is written synchronously");
		}

	}

}
