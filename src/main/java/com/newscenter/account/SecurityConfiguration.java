package com.newscenter.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.newscenter.system.web.ProblemResponses;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what: the API is stateless with bearer tokens, reads public (so an unknown
 * path is a 404, not a 401) and writes for staff; the back office needs a signed-in user,
 * whose sign-in attempts are throttled; the public site is open.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Public pages: nothing inline, nothing from elsewhere, never framed by other sites.
	 */
	static final String PUBLIC_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
			+ " object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'";

	/**
	 * The back office: as public pages, but the rich-text editor needs inline styles and
	 * blob images.
	 */
	static final String BACK_OFFICE_POLICY = "default-src 'self'; img-src 'self' data: blob:;"
			+ " style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self';"
			+ " frame-ancestors 'self'; form-action 'self'";

	private static final RequestMatcher BACK_OFFICE = PathPatternRequestMatcher.withDefaults().matcher("/admin/**");

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AccountService accounts, ProblemResponses problems)
			throws Exception {
		// the actuator too: operators read metrics with an administrator's token
		http.securityMatcher("/api/**", "/actuator/**")
			.csrf((csrf) -> csrf.disable())
			// stateless, and a token leaves a back-office session sent along untouched
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
				.sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
			.requestCache((cache) -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(accounts), AnonymousAuthenticationFilter.class)
			.exceptionHandling((errors) -> errors
				.authenticationEntryPoint((request, response, ex) -> problems.write(request, response,
						HttpStatus.UNAUTHORIZED, "Sign in with a bearer token from POST /api/v1/auth/token"))
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response, HttpStatus.FORBIDDEN,
						"Your role does not allow this")))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.GET, "/api/v1/settings")
				.permitAll()
				.requestMatchers("/api/v1/settings", "/api/v1/users/**", "/api/v1/audit/**", "/api/v1/backup",
						"/api/v1/import", "/api/v1/import/**")
				.hasRole("ADMIN")
				.requestMatchers("/api/v1/articles/*/revisions/**")
				.authenticated()
				.requestMatchers(HttpMethod.GET, "/api/**")
				.permitAll()
				.requestMatchers("/api/v1/categories/**", "/api/v1/banners/**")
				.hasAnyRole("ADMIN", "EDITOR")
				.requestMatchers("/api/v1/media/**")
				.hasAnyRole("ADMIN", "EDITOR", "AUTHOR")
				.anyRequest()
				.authenticated());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain siteSecurity(HttpSecurity http, SignInThrottle throttle, UserRepository users)
			throws Exception {
		ReturnPathCookie returnPath = new ReturnPathCookie();
		FormSignInThrottling throttling = new FormSignInThrottling(throttle, returnPath);
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		// the header the editor's image uploads send (the session-kept tokens' default)
		csrfTokens.setHeaderName("X-CSRF-TOKEN");
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(FormSignInThrottling.LOGIN)
			.permitAll()
			// answers 401 itself: a form asking whether its user is still signed in
			.requestMatchers(HttpMethod.GET, "/admin/session")
			.permitAll()
			.requestMatchers("/admin/users", "/admin/users/**", "/admin/backup", "/admin/backup/**", "/admin/import",
					"/admin/import/**")
			.hasRole("ADMIN")
			.requestMatchers("/admin", "/admin/**")
			.authenticated()
			.anyRequest()
			.permitAll())
			.addFilterBefore(throttling.filter(), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new StaffSessionFilter(users), AnonymousAuthenticationFilter.class)
			// no server session before signing in: the CSRF token and the page to
			// return to are kept in cookies, so anonymous requests cost the server no
			// memory
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens))
			.addFilterBefore(new SignedOutUploadFilter(), CsrfFilter.class)
			.addFilterAfter(new CsrfCookieFilter(BACK_OFFICE), CsrfFilter.class)
			.requestCache((cache) -> cache.requestCache(returnPath))
			.formLogin((login) -> login.loginPage(FormSignInThrottling.LOGIN)
				.loginProcessingUrl(FormSignInThrottling.LOGIN)
				.successHandler(marksPassword(users, throttling.successHandler("/admin")))
				.failureHandler(throttling.failureHandler()))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.logout((logout) -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"))
			.headers((headers) -> headers
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(BACK_OFFICE,
						new StaticHeadersWriter("Content-Security-Policy", BACK_OFFICE_POLICY)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(BACK_OFFICE),
						new StaticHeadersWriter("Content-Security-Policy", PUBLIC_POLICY)))
				// public pages are the same for everyone: a browser may keep one but
				// asks again before using it (a 304 for a kept page that did not
				// change); shared caches may not, as they would hand one visitor's
				// cookie to all; the back office keeps Spring Security's no-store
				.cacheControl((cache) -> cache.disable())
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(BACK_OFFICE, new CacheControlHeadersWriter()))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(BACK_OFFICE),
						SecurityConfiguration::revalidatedCaching))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				// as frame-ancestors in the policies, for browsers without CSP
				.frameOptions((frames) -> frames.sameOrigin()));
		return http.build();
	}

	/**
	 * Lets the visitor's browser, and only it, keep a public page, revalidating it before
	 * each use, unless its handler chose otherwise (static assets are kept for days).
	 */
	private static void revalidatedCaching(HttpServletRequest request, HttpServletResponse response) {
		if (!response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().cachePrivate().getHeaderValue());
		}
	}

	/**
	 * Marks a new session with the password it signed in with, then carries on.
	 */
	private static AuthenticationSuccessHandler marksPassword(UserRepository users, AuthenticationSuccessHandler next) {
		return (request, response, authentication) -> {
			users.findByUsername(authentication.getName())
				.ifPresent((user) -> SessionPasswords.mark(request.getSession(), user));
			next.onAuthenticationSuccess(request, response, authentication);
		};
	}

}
