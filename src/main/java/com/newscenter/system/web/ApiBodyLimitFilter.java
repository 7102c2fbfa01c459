package com.newscenter.system.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import com.newscenter.system.NewsCenterProperties;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the JSON bodies the API reads ({@code newscenter.api.max-body-size}), so that a
 * client cannot make the server hold a body of any size in memory: a larger declared
 * length is refused at once, a chunked body as soon as it grows past the limit; both with
 * a 413. Multipart uploads have the media limit instead.
 */
@Component
class ApiBodyLimitFilter extends OncePerRequestFilter implements Ordered {

	private final ProblemResponses problems;

	private final long limit;

	private final String limitText;

	ApiBodyLimitFilter(ProblemResponses problems, NewsCenterProperties properties) {
		this.problems = problems;
		this.limit = properties.api().maxBodySize().toBytes();
		this.limitText = properties.api().maxBodySizeText();
	}

	@Override
	public int getOrder() {
		// before security: a body too large is refused before anyone reads it
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !OriginalRequest.isApi(request) || Uploads.isMultipart(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.limit) {
			this.problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, message());
			return;
		}
		chain.doFilter(new LimitedRequest(request), response);
	}

	private String message() {
		return "The request body is larger than the limit of " + this.limitText;
	}

	/** A request whose body stops with {@link BodyTooLargeException} past the limit. */
	private final class LimitedRequest extends HttpServletRequestWrapper {

		private ServletInputStream body;

		LimitedRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.body == null) {
				this.body = new LimitedStream(super.getInputStream());
			}
			return this.body;
		}

	}

	/** Counts the bytes read and fails once they pass the limit. */
	private final class LimitedStream extends ServletInputStream {

		private final ServletInputStream in;

		private long read;

		LimitedStream(ServletInputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLargeException {
			this.read += n;
			if (this.read > ApiBodyLimitFilter.this.limit) {
				throw new BodyTooLargeException(message());
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
