package com.newscenter.account;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Creates uniquely named users through the real service and signs them in, so tests
 * sharing a context never meet each other's users or throttling counters.
 */
@Component
public class TestUsers {

	/** The cookie of a back-office session (Spring Session's). */
	public static final String SESSION_COOKIE = "SESSION";

	/** The password of every test user. */
	public static final String PASSWORD = "correct-horse-battery";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final AccountService accounts;

	public TestUsers(AccountService accounts) {
		this.accounts = accounts;
	}

	public User create(Role role) {
		return this.accounts.create(uniqueName(role.name().toLowerCase(Locale.ROOT)), PASSWORD, role);
	}

	public static String uniqueName(String prefix) {
		return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 100_000);
	}

	/**
	 * Returns a client address no other test uses.
	 * @return an address such as {@code 10.0.1.7}
	 */
	public static String uniqueAddress() {
		int n = SEQUENCE.incrementAndGet();
		return "10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
	}

	public static RequestPostProcessor from(String address) {
		return (MockHttpServletRequest request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	public static StaffPrincipal principal(User user) {
		return new StaffPrincipal(user.id(), user.username(), user.role());
	}

	/**
	 * Signs a user in through the form from an address of their own.
	 * @param mvc the application
	 * @param user who
	 * @return the cookie of their session
	 */
	public Cookie signIn(MockMvc mvc, User user) throws Exception {
		return sessionCookie(mvc
			.perform(post("/admin/login").param("username", user.username())
				.param("password", PASSWORD)
				.with(csrf())
				.with(from(uniqueAddress())))
			.andExpect(redirectedUrl("/admin"))
			.andReturn());
	}

	/**
	 * The session cookie a response set, such as a sign-in's.
	 * @param result the response
	 * @return the cookie, to send with later requests
	 */
	public static Cookie sessionCookie(MvcResult result) {
		Cookie cookie = result.getResponse().getCookie(SESSION_COOKIE);
		assertThat(cookie).as("the session cookie").isNotNull();
		assertThat(cookie.getValue()).isNotEmpty();
		return cookie;
	}

	public String token(User user) {
		return this.accounts.issueToken(user.username(), PASSWORD).orElseThrow().token();
	}

}
