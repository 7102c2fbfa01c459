package com.newscenter.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the CSRF token of every back-office request before its page renders: the token
 * lives in a cookie now, and a cookie can no longer be set once a long page has begun to
 * reach the browser.
 */
class CsrfCookieFilter extends OncePerRequestFilter {

	private final RequestMatcher backOffice;

	CsrfCookieFilter(RequestMatcher backOffice) {
		this.backOffice = backOffice;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.backOffice.matches(request);
	}

}
