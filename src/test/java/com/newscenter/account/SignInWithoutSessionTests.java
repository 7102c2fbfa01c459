package com.newscenter.account;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that nobody gets a server session before signing in, over real HTTP: the CSRF
 * token and the page to return to travel in cookies. A session per anonymous request let
 * a script requesting the sign-in page in a loop fill the heap (650 bytes each, kept 30
 * minutes).
 */
@AccountTest
class SignInWithoutSessionTests {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	TestUsers users;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anonymousRequestsToTheBackOfficeGetNoSession() throws Exception {
		for (String path : List.of("/admin/login", "/admin", "/admin/articles?status=draft", "/admin/login?error",
				"/admin/session")) {
			HttpResponse<String> response = get(path, Map.of());

			assertThat(setCookies(response)).as(path)
				.noneMatch((cookie) -> cookie.startsWith(TestUsers.SESSION_COOKIE + "="));
		}
	}

	@Test
	void aFailedSignInGetsNoSession() throws Exception {
		User editor = this.users.create(Role.EDITOR);
		Map<String, String> cookies = new LinkedHashMap<>();
		String csrf = loginPage(cookies);

		HttpResponse<String> response = signIn(editor.username(), "wrong-password", csrf, cookies);

		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login?error"));
		keep(response, cookies);
		assertThat(cookies).doesNotContainKey(TestUsers.SESSION_COOKIE);
	}

	@Test
	void signingInLeadsBackToTheRequestedPageWithASafeSessionCookie() throws Exception {
		User editor = this.users.create(Role.EDITOR);
		Map<String, String> cookies = new LinkedHashMap<>();
		HttpResponse<String> asked = get("/admin/articles?status=draft", cookies);
		assertThat(asked.statusCode()).isEqualTo(302);
		keep(asked, cookies);
		assertThat(cookies).containsKey(ReturnPathCookie.COOKIE);
		String csrf = loginPage(cookies);

		HttpResponse<String> response = signIn(editor.username(), TestUsers.PASSWORD, csrf, cookies);

		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/articles?status=draft"));
		assertThat(setCookies(response)).filteredOn((cookie) -> cookie.startsWith(TestUsers.SESSION_COOKIE + "="))
			.singleElement()
			.satisfies((cookie) -> assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
		assertThat(setCookies(response)).as("the page to return to is used once")
			.anySatisfy(
					(cookie) -> assertThat(cookie).startsWith(ReturnPathCookie.COOKIE + "=;").contains("Max-Age=0"));
	}

	@Test
	void theCsrfCookieIsHttpOnlyAndSameSiteLax() throws Exception {
		HttpResponse<String> response = get("/admin/login", Map.of());

		assertThat(setCookies(response)).filteredOn((cookie) -> cookie.startsWith("XSRF-TOKEN="))
			.singleElement()
			.satisfies((cookie) -> assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
	}

	@Test
	void aReturnCookiePointingOutsideTheBackOfficeLeadsToTheDashboard() throws Exception {
		for (String target : List.of("//evil.example/admin", "https://evil.example/admin", "/en/news",
				"/admin//evil.example", "/admin\\..\\x", "/administrator")) {
			User editor = this.users.create(Role.EDITOR);
			Map<String, String> cookies = new LinkedHashMap<>();
			cookies.put(ReturnPathCookie.COOKIE,
					Base64.getUrlEncoder().encodeToString(target.getBytes(StandardCharsets.UTF_8)));
			String csrf = loginPage(cookies);

			HttpResponse<String> response = signIn(editor.username(), TestUsers.PASSWORD, csrf, cookies);

			assertThat(response.headers().firstValue("Location")).as(target)
				.hasValueSatisfying((location) -> assertThat(URI.create(location).getPath()).isEqualTo("/admin"));
		}
	}

	private String loginPage(Map<String, String> cookies) throws Exception {
		HttpResponse<String> page = get("/admin/login", cookies);
		keep(page, cookies);
		Matcher csrf = CSRF_FIELD.matcher(page.body());
		assertThat(csrf.find()).as("a CSRF field on the sign-in form").isTrue();
		return csrf.group(1);
	}

	private HttpResponse<String> signIn(String username, String password, String csrf, Map<String, String> cookies)
			throws Exception {
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/admin/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", TestUsers.uniqueAddress())
			.POST(HttpRequest.BodyPublishers.ofString(form));
		withCookies(request, cookies);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, Map<String, String> cookies) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		withCookies(request, cookies);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void withCookies(HttpRequest.Builder request, Map<String, String> cookies) {
		if (!cookies.isEmpty()) {
			List<String> pairs = new ArrayList<>();
			cookies.forEach((name, value) -> pairs.add(name + "=" + value));
			request.header("Cookie", String.join("; ", pairs));
		}
	}

	private static void keep(HttpResponse<String> response, Map<String, String> cookies) {
		for (String cookie : setCookies(response)) {
			String pair = cookie.split(";", 2)[0];
			int equals = pair.indexOf('=');
			cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
		}
	}

	private static List<String> setCookies(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
