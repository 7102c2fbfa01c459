package com.newscenter.account;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Creates uniquely named users through the real service and signs them in, so tests
 * sharing a context never meet each other's users or throttling counters.
 */
@Component
public class TestUsers {

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
	 * @return their session
	 */
	public MockHttpSession signIn(MockMvc mvc, User user) throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/admin/login").param("username", user.username())
			.param("password", PASSWORD)
			.session(session)
			.with(csrf())
			.with(from(uniqueAddress()))).andExpect(redirectedUrl("/admin"));
		return session;
	}

	public String token(User user) {
		return this.accounts.issueToken(user.username(), PASSWORD).orElseThrow().token();
	}

}
