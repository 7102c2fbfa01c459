package com.newscenter.account;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.newscenter.support.Postgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL database behind a load balancer that does not keep a
 * browser on one node: a sign-in made on one node is known to the other, and so is a
 * sign-out.
 */
class TwoNodeSessionTests {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/**
	 * One browser: cookies are told apart by host, not by port, so both nodes get them.
	 */
	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.build();

	@Test
	void aSignInMadeOnOneNodeIsKnownToTheOtherAndSoIsASignOut() throws Exception {
		String url = Postgres.newDatabase();
		try (ConfigurableApplicationContext first = Postgres.node(url);
				ConfigurableApplicationContext second = Postgres.node(url)) {
			assertThat(get(second, "/admin").headers().firstValue("Location")).as("before signing in")
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login"));

			HttpResponse<String> signIn = post(first, "/admin/login",
					"username=admin&password=admin-test-password&_csrf=" + csrf(first, "/admin/login"));
			assertThat(signIn.headers().firstValue("Location")).as("signed in on the first node")
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin"));

			HttpResponse<String> dashboard = get(second, "/admin");
			assertThat(dashboard.statusCode()).as("the second node knows the session").isEqualTo(200);
			assertThat(dashboard.body()).contains("Dashboard");

			HttpResponse<String> signOut = post(second, "/admin/logout", "_csrf=" + csrf(second, "/admin"));
			assertThat(signOut.statusCode()).as("signed out on the second node").isEqualTo(302);

			assertThat(get(first, "/admin").headers().firstValue("Location")).as("the first node knows it too")
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login"));
		}
	}

	@Test
	void aNodeStartedAgainKeepsItsSignIns() throws Exception {
		String url = Postgres.newDatabase();
		try (ConfigurableApplicationContext node = Postgres.node(url)) {
			post(node, "/admin/login",
					"username=admin&password=admin-test-password&_csrf=" + csrf(node, "/admin/login"));
			assertThat(get(node, "/admin").statusCode()).as("signed in").isEqualTo(200);
		}
		try (ConfigurableApplicationContext node = Postgres.node(url)) {
			assertThat(get(node, "/admin").statusCode()).as("still signed in after the restart").isEqualTo(200);
		}
	}

	private String csrf(ConfigurableApplicationContext node, String path) throws Exception {
		Matcher field = CSRF_FIELD.matcher(get(node, path).body());
		assertThat(field.find()).as("a CSRF field on " + path).isTrue();
		return URLEncoder.encode(field.group(1), StandardCharsets.UTF_8);
	}

	private HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(uri(node, path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(ConfigurableApplicationContext node, String path, String form) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(uri(node, path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", TestUsers.uniqueAddress())
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext node, String path) {
		int port = ((WebServerApplicationContext) node).getWebServer().getPort();
		return URI.create("http://localhost:" + port + path);
	}

}
