package com.newscenter.system.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import com.newscenter.media.MediaTooLargeException;
import com.newscenter.media.UnsupportedMediaException;
import com.newscenter.system.NewsCenterProperties;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns every error into a clear answer: problem JSON under {@code /api}, a proper page
 * in the page's language elsewhere; never a stack trace. Ordered first, so that it
 * answers before Spring Boot's generic problem-details handler, which knows neither pages
 * nor the field at fault.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorHandling {

	private static final Logger logger = LoggerFactory.getLogger(ErrorHandling.class);

	private final ProblemResponses problems;

	private final ErrorPages pages;

	private final PathLocaleResolver locales;

	private final String uploadLimit;

	private final String importLimit;

	private final List<MovedPages> movedPages;

	ErrorHandling(ProblemResponses problems, ErrorPages pages, org.springframework.web.servlet.LocaleResolver locales,
			NewsCenterProperties properties, List<MovedPages> movedPages) {
		this.problems = problems;
		this.movedPages = movedPages;
		this.uploadLimit = properties.media().maxUploadSizeText();
		this.importLimit = properties.migration().maxImportSizeText();
		this.pages = pages;
		this.locales = (PathLocaleResolver) locales;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex, HttpServletRequest request, HttpServletResponse response) {
		return answer(request, response, HttpStatus.NOT_FOUND, ex.getMessageKey(), ex.getArguments(), null);
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	ModelAndView noSuchPage(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		if (!OriginalRequest.isApi(request)
				&& (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod()))) {
			Optional<String> location = MovedPages.locate(this.movedPages, request);
			if (location.isPresent()) {
				response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
				response.setHeader(HttpHeaders.LOCATION, location.get());
				return new ModelAndView();
			}
		}
		return answer(request, response, HttpStatus.NOT_FOUND, "error.pageNotFound", new Object[0], null);
	}

	@ExceptionHandler(BadRequestException.class)
	ModelAndView badRequest(BadRequestException ex, HttpServletRequest request, HttpServletResponse response) {
		return answerText(request, response, HttpStatus.BAD_REQUEST, ex.getMessage(), ex.getField());
	}

	@ExceptionHandler(ForbiddenException.class)
	ModelAndView forbidden(ForbiddenException ex, HttpServletRequest request, HttpServletResponse response) {
		return answerText(request, response, HttpStatus.FORBIDDEN, ex.getMessage(), null);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return answerText(request, response, HttpStatus.BAD_REQUEST, "'" + ex.getName() + "' has an invalid value",
				ex.getName());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ModelAndView missingParameter(MissingServletRequestParameterException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return answerText(request, response, HttpStatus.BAD_REQUEST, "'" + ex.getParameterName() + "' is required",
				ex.getParameterName());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ModelAndView unreadable(HttpMessageNotReadableException ex, HttpServletRequest request,
			HttpServletResponse response) {
		BodyTooLargeException tooLarge = Causes.find(ex, BodyTooLargeException.class);
		if (tooLarge != null) {
			return answerText(request, response, HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage(), null);
		}
		String field = fieldOf(ex);
		String detail = (field != null) ? "'" + field + "' has an invalid value"
				: "The request body is not valid JSON of the expected shape";
		return answerText(request, response, HttpStatus.BAD_REQUEST, detail, field);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ModelAndView invalid(HandlerMethodValidationException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return answerText(request, response, HttpStatus.BAD_REQUEST, "The request is not valid", null);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ModelAndView methodNotAllowed(HttpRequestMethodNotSupportedException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return answerText(request, response, HttpStatus.METHOD_NOT_ALLOWED, ex.getMethod() + " is not supported here",
				null);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ModelAndView unsupportedType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return answerText(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"Content type " + ex.getContentType() + " is not supported here", null);
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ModelAndView notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return answerText(request, response, HttpStatus.NOT_ACCEPTABLE, "No acceptable representation", null);
	}

	@ExceptionHandler(UnsupportedMediaException.class)
	ModelAndView unsupportedMedia(UnsupportedMediaException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return answerText(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, ex.getMessage(), "file");
	}

	@ExceptionHandler(MediaTooLargeException.class)
	ModelAndView mediaTooLarge(MediaTooLargeException ex, HttpServletRequest request, HttpServletResponse response) {
		return answerText(request, response, HttpStatus.CONTENT_TOO_LARGE, ex.getMessage(), "file");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, HttpServletResponse response) {
		return answerText(request, response, HttpStatus.CONTENT_TOO_LARGE,
				"The upload is larger than the limit of "
						+ (UploadLimitFilter.IMPORT_PATHS.contains(OriginalRequest.path(request)) ? this.importLimit
								: this.uploadLimit),
				"file");
	}

	@ExceptionHandler(MultipartException.class)
	ModelAndView badMultipart(MultipartException ex, HttpServletRequest request, HttpServletResponse response) {
		return answerText(request, response, HttpStatus.BAD_REQUEST,
				"The request is not valid multipart/form-data; send the file as a part named 'file'", "file");
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ModelAndView missingPart(MissingServletRequestPartException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return answerText(request, response, HttpStatus.BAD_REQUEST, "'" + ex.getRequestPartName() + "' is required",
				ex.getRequestPartName());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView accessDenied(AccessDeniedException ex, HttpServletRequest request, HttpServletResponse response) {
		return answerText(request, response, HttpStatus.FORBIDDEN, "Your role does not allow this", null);
	}

	@ExceptionHandler(ResponseStatusException.class)
	ModelAndView status(ResponseStatusException ex, HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = HttpStatus.valueOf(ex.getStatusCode().value());
		return answerText(request, response, status,
				(ex.getReason() != null) ? ex.getReason() : status.getReasonPhrase(), null);
	}

	@ExceptionHandler(InvalidParameterException.class)
	ModelAndView refusedParameters(InvalidParameterException ex, HttpServletRequest request,
			HttpServletResponse response) {
		RefusedParameters refused = RefusedParameters.of(ex).orElseThrow();
		return answer(request, response, refused.status(), refused.messageKey(), new Object[0], null);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		if (ex instanceof ErrorResponse error && !error.getStatusCode().is5xxServerError()) {
			HttpStatus status = HttpStatus.valueOf(error.getStatusCode().value());
			String detail = error.getBody().getDetail();
			return answerText(request, response, status, (detail != null) ? detail : status.getReasonPhrase(), null);
		}
		logger.error("Unexpected error serving {} {}", request.getMethod(), request.getRequestURI(), ex);
		return answer(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", new Object[0], null);
	}

	private ModelAndView answerText(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String detail, String field) {
		if (OriginalRequest.isApi(request)) {
			this.problems.write(request, response, status, detail, field);
			return null;
		}
		return page(request, status, detail);
	}

	private ModelAndView answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
			Object[] args, String field) {
		if (OriginalRequest.isApi(request)) {
			this.problems.write(request, response, status, this.pages.message(key, args, "en"), field);
			return null;
		}
		String lang = this.locales.language(request);
		return this.pages.page(request, lang, status, this.pages.message(key, args, lang));
	}

	private ModelAndView page(HttpServletRequest request, HttpStatus status, String detail) {
		return this.pages.page(request, this.locales.language(request), status, detail);
	}

	private static String fieldOf(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof JacksonException json) {
			String path = json.getPath()
				.stream()
				.map(JacksonException.Reference::getPropertyName)
				.filter(Objects::nonNull)
				.collect(Collectors.joining("."));
			return path.isEmpty() ? null : path;
		}
		return null;
	}

}
