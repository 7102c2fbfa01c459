package com.newscenter.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles the back-office sign-in form: a locked username or address is sent back to
 * {@code /admin/login?locked} before its password is checked, a failure counts, and a
 * success gives back what its attempt took.
 */
class FormSignInThrottling {

	static final String LOGIN = "/admin/login";

	private static final String ATTEMPT = FormSignInThrottling.class.getName() + ".attempt";

	private final SignInThrottle throttle;

	private final RedirectStrategy redirects = new DefaultRedirectStrategy();

	private final RequestCache returnPath;

	FormSignInThrottling(SignInThrottle throttle, RequestCache returnPath) {
		this.throttle = throttle;
		this.returnPath = returnPath;
	}

	OncePerRequestFilter filter() {
		RequestMatcher signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN);
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (!signIn.matches(request)) {
					chain.doFilter(request, response);
					return;
				}
				SignInThrottle.Attempt attempt;
				try {
					attempt = FormSignInThrottling.this.throttle.begin(request.getParameter("username"),
							request.getRemoteAddr());
				}
				catch (SignInThrottledException ex) {
					FormSignInThrottling.this.redirects.sendRedirect(request, response, LOGIN + "?locked");
					return;
				}
				request.setAttribute(ATTEMPT, attempt);
				chain.doFilter(request, response);
			}

		};
	}

	AuthenticationSuccessHandler successHandler(String defaultTarget) {
		SavedRequestAwareAuthenticationSuccessHandler target = new SavedRequestAwareAuthenticationSuccessHandler();
		target.setDefaultTargetUrl(defaultTarget);
		target.setRequestCache(this.returnPath);
		return (request, response, authentication) -> {
			if (request.getAttribute(ATTEMPT) instanceof SignInThrottle.Attempt attempt) {
				attempt.succeeded();
			}
			// the cookie is read from the request, and must be cleared before the
			// redirect
			this.returnPath.removeRequest(request, response);
			target.onAuthenticationSuccess(request, response, authentication);
		};
	}

	AuthenticationFailureHandler failureHandler() {
		return (request, response, exception) -> {
			boolean locked = this.throttle.isLocked(request.getParameter("username"), request.getRemoteAddr());
			this.redirects.sendRedirect(request, response, LOGIN + (locked ? "?locked" : "?error"));
		};
	}

}
