package com.newscenter.system.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers the requests Tomcat refuses before the application sees them (a request line
 * with raw non-ASCII bytes, {@code %00} or an encoded {@code /..} in the path): problem
 * JSON under {@code /api}, a plain page in the site's languages elsewhere, instead of
 * Tomcat's own page. Everything else reaches the {@link ErrorPageController}.
 */
public class ContainerErrorValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int code = response.getStatus();
		if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus status = HttpStatus.resolve(code);
		String title = (status != null) ? status.getReasonPhrase() : "Error";
		String uri = request.getRequestURI();
		boolean api = uri != null && uri.startsWith("/api/");
		try {
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer == null) {
				return;
			}
			if (api) {
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + code
						+ ",\"detail\":\"The request could not be read: check the address, which must be ASCII"
						+ " with valid percent-encoding.\"}");
			}
			else {
				response.setContentType(MediaType.TEXT_HTML_VALUE);
				writer.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + code + " "
						+ HtmlUtils.htmlEscape(title) + "</title><meta name=\"viewport\" content=\"width=device-width,"
						+ " initial-scale=1\"><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body>"
						+ "<main class=\"container error-page\"><p class=\"error-status\">" + code + "</p><h1>"
						+ HtmlUtils.htmlEscape(title) + "</h1><p>The address could not be read. Check it and try"
						+ " again.</p><p lang=\"zh-CN\">无法识别该网址，请检查后重试。</p><p><a href=\"/\">Home</a> · "
						+ "<a href=\"/\" lang=\"zh-CN\">首页</a></p></main></body></html>");
			}
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// the client has gone or the response is already committed: nothing to add
		}
	}

}
