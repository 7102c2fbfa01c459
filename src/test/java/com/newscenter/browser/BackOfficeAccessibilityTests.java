package com.newscenter.browser;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.newscenter.account.AccountService;
import com.newscenter.account.Actor;
import com.newscenter.account.ApiTokenService;
import com.newscenter.account.Role;
import com.newscenter.account.StaffPrincipal;
import com.newscenter.account.User;
import com.newscenter.banner.BannerService;
import com.newscenter.category.CategoryService;
import com.newscenter.media.MediaService;
import com.newscenter.migration.wordpress.ImportJobs;
import com.newscenter.migration.wordpress.WordPressExports;
import com.newscenter.news.ArticleService;
import com.newscenter.support.Axe;
import com.newscenter.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every back-office page, in English and Chinese, passes axe-core's WCAG 2.1 A/AA and
 * best-practice rules in Chromium: editors who use a screen reader or only a keyboard can
 * do their work too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "newscenter.demo-content=true")
class BackOfficeAccessibilityTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	ArticleService articles;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	CategoryService categories;

	@Autowired
	BannerService banners;

	@Autowired
	MediaService media;

	@Autowired
	ImportJobs imports;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void everyBackOfficePageIsAccessibleInBothLanguages() {
		this.browser = Browser.start();
		User admin = this.accounts.create("axe-admin", "axe-password", Role.ADMIN);
		User editor = this.accounts.create("axe-editor", "axe-password", Role.EDITOR);
		// both token lists filled: the administrator's own and everyone else's
		this.tokens.create(new StaffPrincipal(admin.id(), admin.username(), admin.role()), "axe own", "30");
		this.tokens.create(new StaffPrincipal(editor.id(), editor.username(), editor.role()), "axe editor's", "30");
		long article = this.articles.published("en", null, 1, 1).items().get(0).id();
		long category = this.categories.findAll().get(0).id();
		long banner = this.banners.findAll().get(0).id();
		long image = this.media.search("", 1, 1).items().get(0).id();
		String finishedImport = finishedImport(admin);
		String runningImport = runningImport();
		List<String> pages = List.of("/admin", "/admin/articles", "/admin/articles/new?language=en",
				"/admin/articles/" + article, "/admin/articles/" + article + "/revisions", "/admin/categories",
				"/admin/categories/" + category, "/admin/banners", "/admin/banners/new", "/admin/banners/" + banner,
				"/admin/media", "/admin/media/" + image, "/admin/media/" + image + "/delete", "/admin/settings",
				"/admin/users", "/admin/users/new", "/admin/users/" + admin.id() + "/password", "/admin/audit",
				"/admin/tokens", "/admin/account/password", "/admin/search", "/admin/backup", "/admin/import",
				"/admin/import/" + finishedImport, "/admin/import/" + runningImport);
		List<String> problems = new ArrayList<>();
		for (String language : List.of("en", "zh")) {
			open("/admin/login?lang=" + language);
			check("/admin/login", language, problems);
			this.browser.findElement(By.id("username")).sendKeys("axe-admin");
			this.browser.findElement(By.id("password")).sendKeys("wrong");
			this.browser.findElement(By.cssSelector("form button[type=submit]")).click();
			await((driver) -> !driver.findElements(By.cssSelector("[data-testid=login-error]")).isEmpty());
			check("/admin/login with an error", language, problems);
			this.browser.findElement(By.id("username")).clear();
			this.browser.findElement(By.id("username")).sendKeys("axe-admin");
			this.browser.findElement(By.id("password")).sendKeys("axe-password");
			this.browser.findElement(By.cssSelector("form button[type=submit]")).click();
			await((driver) -> !driver.getCurrentUrl().contains("/admin/login"));
			for (String page : pages) {
				open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
				String path = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
				assertThat(this.browser.getCurrentUrl()).as("signed in, on the page itself").contains(path + "?");
				if (page.startsWith("/admin/articles/") && !page.endsWith("/revisions")) {
					Browser.awaitEditor(this.browser);
				}
				check(page, language, problems);
				if (page.equals("/admin/articles/" + article)) {
					this.browser.findElement(By.cssSelector("[data-testid=cover-choose]")).click();
					await((driver) -> !driver.findElements(By.cssSelector("[data-image-option]")).isEmpty());
					check(page + " with the image dialog open", language, problems);
				}
			}
			this.browser.manage().deleteAllCookies();
		}
		assertThat(problems).isEmpty();
	}

	/** An import of the test export, with its report. */
	private String finishedImport(User admin) {
		try {
			String id = this.imports.start(
					new MockMultipartFile("file", "export.xml", "text/xml", WordPressExports.export()), "en",
					new Actor(admin.id(), admin.username(), admin.role()));
			await((driver) -> !this.imports.find(id, Actor.SYSTEM).orElseThrow().isRunning());
			return id;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** An import a node is running, a quarter done. */
	private String runningImport() {
		String id = java.util.UUID.randomUUID().toString();
		OffsetDateTime now = OffsetDateTime.now();
		this.jdbc.sql("""
				INSERT INTO import_job (id, started_by, started_at, updated_at, state, posts_total, posts_done)
				VALUES (?, 'axe-admin', ?, ?, 'RUNNING', 200, 50)""").params(id, now, now).update();
		return id;
	}

	private void check(String page, String language, List<String> problems) {
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("lang")).as(page).isEqualTo(language);
		Axe.violations(this.browser).forEach((violation) -> problems.add(page + " (" + language + "): " + violation));
	}

	private void await(java.util.function.Function<WebDriver, Boolean> condition) {
		new WebDriverWait(this.browser, Duration.ofSeconds(15)).until(condition::apply);
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
