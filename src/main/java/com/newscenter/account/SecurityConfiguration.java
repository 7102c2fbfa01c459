package com.newscenter.account;

import com.newscenter.system.web.ProblemResponses;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Who may call what: the API is stateless with bearer tokens, reads public and writes for
 * staff; the back office needs a signed-in user; the public site is open.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AccountService accounts, ProblemResponses problems)
			throws Exception {
		http.securityMatcher("/api/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(accounts), AnonymousAuthenticationFilter.class)
			.exceptionHandling((errors) -> errors
				.authenticationEntryPoint((request, response, ex) -> problems.write(request, response,
						HttpStatus.UNAUTHORIZED, "Sign in with a bearer token from POST /api/v1/auth/token"))
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response, HttpStatus.FORBIDDEN,
						"Your role does not allow this")))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/articles/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/categories/**", "/api/v1/banners/**", "/api/v1/settings",
						"/api/v1/search")
				.permitAll()
				.requestMatchers("/api/v1/settings", "/api/v1/users/**", "/api/v1/audit/**")
				.hasRole("ADMIN")
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
	SecurityFilterChain siteSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/login")
			.permitAll()
			.requestMatchers("/admin", "/admin/**")
			.authenticated()
			.anyRequest()
			.permitAll())
			.formLogin((login) -> login.loginPage("/admin/login")
				.loginProcessingUrl("/admin/login")
				.defaultSuccessUrl("/admin", false)
				.failureUrl("/admin/login?error"))
			.logout((logout) -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; img-src 'self' data:;"
						+ " style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self';"
						+ " frame-ancestors 'self'; form-action 'self'"))
				.referrerPolicy((referrer) -> referrer.policy(
						org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

}
