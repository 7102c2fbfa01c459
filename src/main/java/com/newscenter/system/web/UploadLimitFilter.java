package com.newscenter.system.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.newscenter.system.NewsCenterProperties;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each upload its own limit before anyone reads it: the server's multipart limit is
 * the largest, the WordPress import's ({@code newscenter.migration.max-import-size}), and
 * every other multipart request declaring a larger body than an image may have
 * ({@code newscenter.media.max-upload-size}) is refused here with a 413, or with a 411
 * when it declares no length at all (browsers always send one).
 */
@Component
class UploadLimitFilter extends OncePerRequestFilter implements Ordered {

	private static final String REFUSED = UploadLimitFilter.class.getName() + ".refused";

	/** The addresses that take a WordPress export. */
	static final Set<String> IMPORT_PATHS = Set.of("/admin/import", "/api/v1/import");

	private final ProblemResponses problems;

	private final long mediaLimit;

	private final String mediaLimitText;

	private final long importLimit;

	private final String importLimitText;

	UploadLimitFilter(ProblemResponses problems, NewsCenterProperties properties) {
		this.problems = problems;
		this.mediaLimit = properties.media().maxUploadSize().toBytes() + WebConfiguration.FORM_OVERHEAD.toBytes();
		this.mediaLimitText = properties.media().maxUploadSizeText();
		this.importLimit = properties.migration().maxImportSize().toBytes() + WebConfiguration.FORM_OVERHEAD.toBytes();
		this.importLimitText = properties.migration().maxImportSizeText();
	}

	@Override
	public int getOrder() {
		// before security, which reads the form's CSRF token and so the whole body
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !Uploads.isMultipart(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean isImport = IMPORT_PATHS.contains(OriginalRequest.path(request));
		long length = request.getContentLengthLong();
		if (length < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null && !isImport) {
			// the server's multipart limit is the import's: a body of unknown length
			// would be read up to it
			refuse(request, response, HttpStatus.LENGTH_REQUIRED,
					"Send the upload with its length (Content-Length): only the import takes one of unknown length");
			return;
		}
		if (length > (isImport ? this.importLimit : this.mediaLimit)) {
			refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, "The upload is larger than the limit of "
					+ (isImport ? this.importLimitText : this.mediaLimitText));
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Tells whether this filter turned a request away, so that its error page reads none
	 * of its body.
	 * @param request the request
	 * @return whether it did
	 */
	static boolean refused(HttpServletRequest request) {
		return request.getAttribute(REFUSED) != null;
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message)
			throws IOException {
		request.setAttribute(REFUSED, Boolean.TRUE);
		// taken, never read: the error page's filters, asking for a form field, parse no
		// body
		request.getInputStream();
		if (OriginalRequest.isApi(request)) {
			this.problems.write(request, response, status, message, "file");
		}
		else {
			response.sendError(status.value(), message);
		}
	}

}
