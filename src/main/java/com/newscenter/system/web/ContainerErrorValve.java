package com.newscenter.system.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers the requests Tomcat refuses before the application sees them (a request line
 * with raw non-ASCII bytes, {@code %00} or an encoded {@code /..} in the path): problem
 * JSON under {@code /api}, a plain page in the site's languages elsewhere, instead of
 * Tomcat's own page. Everything else reaches the {@link ErrorPageController}.
 */
final class ContainerErrorValve extends ErrorReportValve {

	private static final Locale CHINESE = Locale.forLanguageTag("zh");

	private final ProblemResponses problems;

	private final MessageSource messages;

	ContainerErrorValve(ProblemResponses problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		HttpStatus status = HttpStatus.resolve(response.getStatus());
		if (status == null || !status.isError() || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		try {
			if (OriginalRequest.isApi(request) || isRefusedApiTarget(request, throwable)) {
				this.problems.write(request, response, status, text("error.unreadableAddress", Locale.ENGLISH));
				return;
			}
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			Writer writer = response.getReporter();
			if (writer == null) {
				return;
			}
			String title = this.messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(),
					Locale.ENGLISH);
			writer.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status.value() + " "
					+ title + "</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
					+ "<link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main class=\"container"
					+ " error-page\"><p class=\"error-status\">" + status.value() + "</p><h1>" + title + "</h1><p>"
					+ text("error.unreadableAddress", Locale.ENGLISH) + "</p><p lang=\"zh-CN\">"
					+ text("error.unreadableAddress", CHINESE) + "</p><p><a href=\"/\">"
					+ text("error.back", Locale.ENGLISH) + "</a> · <a href=\"/\" lang=\"zh-CN\">"
					+ text("error.back", CHINESE) + "</a></p></main></body></html>");
			response.finishResponse();
		}
		catch (IOException | RuntimeException ex) {
			// the client has gone or the response is already committed: nothing to add
		}
	}

	/**
	 * Tells whether a request line Tomcat could not read asked for the API. The request
	 * then has no URI; Tomcat's message quotes the target as far as it read it, in
	 * brackets, in every language it speaks.
	 */
	private static boolean isRefusedApiTarget(Request request, Throwable throwable) {
		return request.getRequestURI() == null && throwable != null && throwable.getMessage() != null
				&& throwable.getMessage().contains("[/api/");
	}

	private String text(String key, Locale locale) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(key, null, locale));
	}

}
