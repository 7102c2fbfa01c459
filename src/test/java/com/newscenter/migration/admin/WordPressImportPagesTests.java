package com.newscenter.migration.admin;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.newscenter.account.Role;
import com.newscenter.account.TestUsers;
import com.newscenter.migration.wordpress.WordPressExports;
import com.newscenter.support.ApiTest;
import com.newscenter.support.ApiTokens;
import com.newscenter.support.Staff;
import com.newscenter.support.TestDatabase;
import com.newscenter.support.TestImages;
import org.jsoup.nodes.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.newscenter.support.ApiProblems.problem;
import static com.newscenter.support.Pages.page;
import static com.newscenter.support.Pages.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators import a WordPress site from the back office, in English and Chinese,
 * and scripts through the API; the report says what became of each post, a file that is
 * no export gets a readable refusal, and nobody else may import.
 */
@ApiTest
class WordPressImportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staff staff;

	@Autowired
	ApiTokens tokens;

	@Autowired
	TestDatabase database;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void anAdministratorImportsFromTheBackOffice() throws Exception {
		Cookie admin = signIn();
		Document form = page(this.mvc, get("/admin/import").cookie(admin));
		assertThat(form.selectFirst("h1").text()).isEqualTo("Import from WordPress");
		assertThat(form.select(".admin-menu a[href=/admin/import]")).hasSize(1);
		assertThat(form.select("[data-testid=import-form] input[type=file][name=file]")).hasSize(1);
		assertThat(form.select("#import-language option[selected]").val()).isEqualTo("en");

		Document report = send(admin, WordPressExports.zipWithUploads(), "en");

		assertThat(report.select("[data-testid=import-report]").text())
			.contains("Imported 10 posts of https://old.example.com; 3 left out; 1 failed.")
			.contains("New categories: 3. Images stored in the media library: 1.");
		assertThat(report.select("[data-testid=import-failed] li").text()).contains("Dated in the year 201",
				"WordPress post 23", "publishAt must lie in the years 1000 to 9999");
		assertThat(report.select("details[open] > summary").eachText()).containsExactly("Imported (10)",
				"Left out (3)");
		assertThat(report.select("[data-testid=import-imported] > li > a").first().attr("href"))
			.matches("/admin/articles/\\d+");
		assertThat(report.select("[data-testid=import-imported]").text())
			.contains("The shortcode [gallery] has no equivalent here and was taken out.");
		assertThat(report.select("[data-testid=import-skipped] li").eachText()).contains("About us: a page, not a post",
				"Thrown away: in the WordPress trash");

		Document again = send(admin, WordPressExports.zipWithUploads(), "en");
		assertThat(again.select("[data-testid=import-report]").text()).contains("Imported no posts");
		assertThat(again.select("[data-testid=import-skipped] li").text()).contains("imported before");
	}

	@Test
	void anImportShowsItsProgressWhileItRunsAndWhenItStopped() throws Exception {
		Cookie admin = signIn();
		String running = job("RUNNING", Instant.now());
		String stopped = job("RUNNING", Instant.now().minus(Duration.ofMinutes(3)));
		String failed = job("FAILED", Instant.now());

		Document page = page(this.mvc, get("/admin/import/" + running).cookie(admin));
		assertThat(page.select("[data-testid=import-progress] progress").attr("value")).isEqualTo("25");
		assertThat(page.select("[data-testid=import-progress] .import-count").text()).isEqualTo("50 of 200 posts");
		assertThat(page.select("noscript").html()).contains("http-equiv=\"refresh\"");
		assertThat(page.select("[data-testid=import-report], [data-testid=import-stopped]")).isEmpty();
		this.mvc.perform(get("/admin/import/" + running + "/status").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.running").value(true))
			.andExpect(jsonPath("$.percent").value(25))
			.andExpect(jsonPath("$.progress").value("50 of 200 posts"));

		Document interrupted = page(this.mvc, get("/admin/import/" + stopped).cookie(admin));
		assertThat(interrupted.select("[data-testid=import-progress]")).as("no word from it for 3 minutes").isEmpty();
		assertThat(interrupted.select("[data-testid=import-stopped]").text()).startsWith(
				"The import stopped after 50 of 200 posts, as the server shut down. The posts imported until then stay");
		assertThat(interrupted.select("noscript").html()).doesNotContain("refresh");
		assertThat(page(this.mvc, get("/admin/import/" + failed + "?lang=zh").cookie(admin))
			.select("[data-testid=import-stopped]")
			.text()).startsWith("导入在处理 200 篇文章中的 50 篇后因错误而停止");

		Document form = page(this.mvc, get("/admin/import").cookie(admin));
		assertThat(form.select("[data-testid=import-jobs] tbody tr")).extracting((row) -> row.select("td").eachText())
			.contains(List.of(form.select("[data-testid=import-jobs] a[href=/admin/import/" + running + "]").text(),
					"admin", "Running", "50 of 200 posts"))
			.anySatisfy((cells) -> assertThat(cells.get(2)).isEqualTo("Interrupted"))
			.anySatisfy((cells) -> assertThat(cells.get(2)).isEqualTo("Failed"));

		Document unknown = parse(
				this.mvc.perform(get("/admin/import/no-such-import").cookie(admin)).andExpect(status().isNotFound()));
		assertThat(unknown.text()).contains("There is no import \"no-such-import\".");
	}

	@Test
	void aLongReportFoldsItsLists() throws Exception {

		Document report = send(signIn(), WordPressExports.drafts(51), "en");

		assertThat(report.select("[data-testid=import-refused]").text()).isEmpty();
		assertThat(report.select("details > summary").eachText()).containsExactly("Imported (51)");
		assertThat(report.select("details[open]")).as("more than 50 posts: folded").isEmpty();
		assertThat(report.select("details [data-testid=import-imported] > li")).hasSize(51);
	}

	@Test
	void theImportSpeaksChinese() throws Exception {
		Cookie admin = signIn();
		Document form = page(this.mvc, get("/admin/import?lang=zh").cookie(admin));
		assertThat(form.selectFirst("h1").text()).isEqualTo("从 WordPress 导入");

		Document report = send(admin, WordPressExports.zipWithUploads(), "zh");

		assertThat(report.select("[data-testid=import-report]").text())
			.contains("已从 https://old.example.com 导入 10 篇文章");
		assertThat(report.select("[data-testid=import-imported]").text()).contains("短代码 [gallery]");
	}

	@Test
	void aFileThatIsNoExportGetsAReadableRefusal() throws Exception {
		Cookie admin = signIn();

		Document image = send(admin, TestImages.png(20, 20), "en");
		assertThat(image.select("[data-testid=import-refused]").text()).isEqualTo(
				"Send the WordPress export as its XML file, or as a ZIP holding that file and the uploads folder.");
		assertThat(image.select("[data-testid=import-report]")).isEmpty();

		Document feed = send(admin, "<rss><channel><item/></channel></rss>".getBytes(), "en");
		assertThat(feed.select("[data-testid=import-refused]").text())
			.startsWith("The file is not a WordPress export (WXR): ");

		Document nothing = send(admin, new byte[0], "en");
		assertThat(nothing.select("[data-testid=import-refused]").text())
			.isEqualTo("Choose the export file to import.");
	}

	@Test
	void scriptsImportThroughTheApi() throws Exception {
		String token = this.tokens.of(Role.ADMIN);
		this.mvc
			.perform(multipart("/api/v1/import").file(file(WordPressExports.zipWithUploads()))
				.param("language", "en")
				.header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.site").value("https://old.example.com"))
			.andExpect(jsonPath("$.imported.length()").value(10))
			.andExpect(jsonPath("$.imported[0].wordPressId").value(10))
			.andExpect(jsonPath("$.imported[0].articleId").isNumber())
			.andExpect(jsonPath("$.failed[0].wordPressId").value(23))
			.andExpect(jsonPath("$.imagesStored").value(1));

		this.mvc
			.perform(multipart("/api/v1/import").file(file(TestImages.png(20, 20)))
				.header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE))
			.andExpect(jsonPath("$.detail").value(
					"Send the WordPress export as its XML file, or as a ZIP holding that file and the uploads folder"));
		this.mvc.perform(multipart("/api/v1/import").header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(problem(HttpStatus.BAD_REQUEST));
		this.mvc
			.perform(multipart("/api/v1/import").file(file(WordPressExports.export()))
				.param("language", "fr")
				.header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(problem(HttpStatus.BAD_REQUEST))
			.andExpect(jsonPath("$.detail").value("language must be one of [en, zh], not 'fr'"));
	}

	@Test
	void scriptsThatPreferItGetAnAnswerAtOnceAndFollowTheImport() throws Exception {
		String token = this.tokens.of(Role.ADMIN);
		MvcResult accepted = this.mvc
			.perform(multipart("/api/v1/import").file(file(WordPressExports.drafts(300)))
				.header(HttpHeaders.AUTHORIZATION, token)
				.header("Prefer", "wait=10, respond-async"))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Preference-Applied", "respond-async"))
			.andExpect(header().string(HttpHeaders.LOCATION, matchesPattern("/api/v1/import/[0-9a-f-]{36}")))
			.andExpect(jsonPath("$.state").value("RUNNING"))
			.andExpect(jsonPath("$.postsTotal").value(300))
			.andReturn();
		String location = accepted.getResponse().getHeader(HttpHeaders.LOCATION);

		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		String state = "RUNNING";
		while ("RUNNING".equals(state) && System.nanoTime() < deadline) {
			Thread.sleep(50);
			state = JsonMapper.builder()
				.build()
				.readTree(this.mvc.perform(get(location).header(HttpHeaders.AUTHORIZATION, token))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString())
				.get("state")
				.asString();
		}
		this.mvc.perform(get(location).header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(jsonPath("$.state").value("DONE"))
			.andExpect(jsonPath("$.postsDone").value(300))
			.andExpect(jsonPath("$.report.site").value("https://many.example.com"))
			.andExpect(jsonPath("$.report.imported.length()").value(300));

		this.mvc.perform(get("/api/v1/import/no-such-import").header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(problem(HttpStatus.NOT_FOUND));
		this.mvc.perform(get(location).header(HttpHeaders.AUTHORIZATION, this.tokens.of(Role.EDITOR)))
			.andExpect(problem(HttpStatus.FORBIDDEN));
		this.mvc.perform(get(location)).andExpect(problem(HttpStatus.UNAUTHORIZED));
		this.mvc
			.perform(multipart("/api/v1/import").file(file(TestImages.png(20, 20)))
				.header(HttpHeaders.AUTHORIZATION, token)
				.header("Prefer", "respond-async"))
			.andExpect(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE));
	}

	@Test
	void linksToTheWordPressSiteLeadToTheImportedArticles() throws Exception {
		String body = this.mvc
			.perform(multipart("/api/v1/import").file(file(WordPressExports.export()))
				.header(HttpHeaders.AUTHORIZATION, this.tokens.of(Role.ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long english = articleOf(body, 10);
		long chinese = articleOf(body, 11);

		this.mvc.perform(get("/2023/01/quay-crane-plant-opens/"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/en/news/" + english));
		this.mvc.perform(head("/2023/01/quay-crane-plant-opens"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/en/news/" + english));
		this.mvc.perform(get(URI.create("/zh/2023/01/%E5%B2%B8%E6%A1%A5/")))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/zh/news/" + chinese));
		this.mvc.perform(get("/?p=10"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/en/news/" + english));
		this.mvc.perform(get("/?p=14")).andExpect(status().isFound()).andExpect(redirectedUrl("/en/"));
		this.mvc.perform(get("/?p=x")).andExpect(status().isFound()).andExpect(redirectedUrl("/en/"));
		this.mvc.perform(get("/2023/01/no-such-post/")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/2023/01/quay-crane-plant-opens")).andExpect(problem(HttpStatus.NOT_FOUND));
	}

	private static long articleOf(String report, long postId) {
		JsonNode imported = JsonMapper.builder().build().readTree(report).get("imported");
		for (JsonNode post : imported) {
			if (post.get("wordPressId").asLong() == postId) {
				return post.get("articleId").asLong();
			}
		}
		throw new AssertionError("post " + postId + " was not imported");
	}

	@Test
	void onlyAdministratorsImport() throws Exception {
		String job = job("DONE", Instant.now());
		for (Role role : List.of(Role.EDITOR, Role.AUTHOR)) {
			RequestPostProcessor user = this.staff.as(role);
			this.mvc.perform(get("/admin/import").with(user)).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/import/" + job).with(user)).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/import/" + job + "/status").with(user)).andExpect(status().isForbidden());
			this.mvc.perform(multipart("/admin/import").file(file(WordPressExports.export())).with(user).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(multipart("/api/v1/import").file(file(WordPressExports.export()))
					.header(HttpHeaders.AUTHORIZATION, this.tokens.of(role)))
				.andExpect(problem(HttpStatus.FORBIDDEN));
			Document menu = page(this.mvc, get("/admin").with(user));
			assertThat(menu.select(".admin-menu a[href=/admin/import]")).as(role.name()).isEmpty();
		}
		this.mvc.perform(get("/admin/import")).andExpect(redirectedUrl("/admin/login"));
		this.mvc.perform(multipart("/api/v1/import").file(file(WordPressExports.export())))
			.andExpect(problem(HttpStatus.UNAUTHORIZED));
		this.mvc
			.perform(multipart("/admin/import").file(file(WordPressExports.export())).with(this.staff.as(Role.ADMIN)))
			.andExpect(status().isForbidden());
	}

	/** An import as a node writes it, 50 of its 200 posts done. */
	private String job(String state, Instant updated) {
		String id = UUID.randomUUID().toString();
		this.jdbc.sql("""
				INSERT INTO import_job (id, started_by, started_at, updated_at, state, posts_total, posts_done)
				VALUES (?, 'admin', ?, ?, ?, 200, 50)""")
			.params(id, updated.atOffset(ZoneOffset.UTC), updated.atOffset(ZoneOffset.UTC), state)
			.update();
		return id;
	}

	private Cookie signIn() throws Exception {
		return TestUsers.sessionCookie(
				this.mvc.perform(formLogin("/admin/login").user("admin").password("admin-test-password")).andReturn());
	}

	/**
	 * Sends a file through the form and returns the page it leads to: the form with its
	 * refusal, or the import's page once the import finished.
	 */
	private Document send(Cookie admin, byte[] bytes, String language) throws Exception {
		MvcResult sent = this.mvc
			.perform(
					multipart("/admin/import").file(file(bytes)).param("language", language).cookie(admin).with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		String location = sent.getResponse().getRedirectedUrl();
		String query = "zh".equals(language) ? "?lang=zh" : "";
		if ("/admin/import".equals(location)) {
			return page(this.mvc, get(location + query).cookie(admin).flashAttrs(sent.getFlashMap()));
		}
		assertThat(location).matches("/admin/import/[0-9a-f-]{36}");
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (true) {
			Document job = page(this.mvc, get(location + query).cookie(admin));
			if (job.select("[data-testid=import-progress]").isEmpty() || System.nanoTime() > deadline) {
				return job;
			}
			Thread.sleep(50);
		}
	}

	private static MockMultipartFile file(byte[] bytes) {
		return new MockMultipartFile("file", "export.zip", "application/octet-stream", bytes);
	}

}
