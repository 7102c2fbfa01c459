package com.newscenter.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.newscenter.system.web.Uploads;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away an upload from someone not signed in before the CSRF check reads the form's
 * token, and with it the whole body: every upload of the site's pages is for signed-in
 * staff, so nobody else can make the server read and store an upload (up to the WordPress
 * import's limit, for a body sent without a length) only to refuse it. The API needs no
 * such filter: it has no CSRF check, and refuses a request without a valid token before
 * anything reads its body.
 */
class SignedOutUploadFilter extends OncePerRequestFilter {

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !Uploads.isMultipart(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			// as the chain answers a signed-out request of the back office
			response.sendRedirect(request.getContextPath() + FormSignInThrottling.LOGIN);
			return;
		}
		chain.doFilter(request, response);
	}

}
