package com.newscenter.system.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Writes RFC 9457 problem JSON straight to a response, for errors raised outside
 * controllers (security filters) and for API errors alike.
 */
@Component
public class ProblemResponses {

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Writes a problem.
	 * @param request the request that failed
	 * @param response the response to write to
	 * @param status the status
	 * @param detail the human-readable reason
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail) {
		write(request, response, status, detail, null);
	}

	/**
	 * Writes a problem naming the request field at fault.
	 * @param request the request that failed
	 * @param response the response to write to
	 * @param status the status
	 * @param detail the human-readable reason
	 * @param field the field at fault, or {@code null}
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
			String field) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", status.getReasonPhrase());
		body.put("status", status.value());
		body.put("detail", detail);
		String instance = OriginalRequest.uri(request);
		if (instance != null) {
			// none when Tomcat could not read the request line
			body.put("instance", instance);
		}
		if (field != null) {
			body.put("field", field);
		}
		try {
			response.resetBuffer();
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getOutputStream().write(this.json.writeValueAsBytes(body));
			response.flushBuffer();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
