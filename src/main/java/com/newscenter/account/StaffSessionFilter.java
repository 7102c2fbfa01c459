package com.newscenter.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reloads the signed-in user of a session on every request, so a disabled user, or one
 * whose password changed since this session signed in, is signed out at once and a new
 * role applies at once; the request then carries a {@link StaffPrincipal}, as API
 * requests do.
 */
class StaffSessionFilter extends OncePerRequestFilter {

	private final UserRepository users;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	StaffSessionFilter(UserRepository users) {
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			this.users.findByUsername(authentication.getName()).ifPresent((user) -> {
				HttpSession session = request.getSession(false);
				if (user.enabled() && (session == null || SessionPasswords.isCurrent(session, user))) {
					SecurityContext fresh = this.contexts.createEmptyContext();
					fresh.setAuthentication(StaffPrincipal.authentication(user));
					this.contexts.setContext(fresh);
				}
				else {
					this.contexts.clearContext();
					if (session != null) {
						session.invalidate();
					}
				}
			});
		}
		chain.doFilter(request, response);
	}

}
