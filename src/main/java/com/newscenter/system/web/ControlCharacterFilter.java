package com.newscenter.system.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives the application form fields and query parameters without {@link ControlCharacters
 * control characters}, so a NUL typed or pasted anywhere cannot fail a database write or
 * a sign-in; JSON bodies are cleaned as they are read ({@link JsonInput}). Requests with
 * neither a query nor a body pass untouched.
 */
@Component
class ControlCharacterFilter extends OncePerRequestFilter implements Ordered {

	@Override
	public int getOrder() {
		// before security, which reads the sign-in form
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return request.getQueryString() == null && ("GET".equals(method) || "HEAD".equals(method));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new CleanParameters(request), response);
	}

	/** The request with its parameter values cleaned, read once when first asked. */
	private static final class CleanParameters extends HttpServletRequestWrapper {

		private Map<String, String[]> parameters;

		CleanParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			if (this.parameters == null) {
				Map<String, String[]> cleaned = new LinkedHashMap<>();
				super.getParameterMap().forEach((name, values) -> cleaned.put(name,
						Arrays.stream(values).map(ControlCharacters::strip).toArray(String[]::new)));
				this.parameters = Collections.unmodifiableMap(cleaned);
			}
			return this.parameters;
		}

		@Override
		public String getParameter(String name) {
			String[] values = getParameterMap().get(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = getParameterMap().get(name);
			return (values != null) ? values.clone() : null;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

	}

}
