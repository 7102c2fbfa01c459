package com.newscenter.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.newscenter.account.AccountService;
import com.newscenter.account.Actor;
import com.newscenter.account.Role;
import com.newscenter.banner.Banner;
import com.newscenter.banner.BannerService;
import com.newscenter.category.CategoryService;
import com.newscenter.media.Media;
import com.newscenter.media.MediaService;
import com.newscenter.news.Article;
import com.newscenter.migration.wordpress.WordPressExports;
import com.newscenter.news.ArticleService;
import com.newscenter.support.Browser;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors and authors use the back office in a real Chromium: sign in, write with the
 * rich text editor, preview, publish, review.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BackOfficeBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	MediaService media;

	@Autowired
	TestContent content;

	@Autowired
	ArticleService articles;

	@Autowired
	BannerService banners;

	@Autowired
	CategoryService categories;

	WebDriver browser;

	@BeforeEach
	void start() {
		this.browser = Browser.start();
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void wrongPasswordShowsTheError() {
		signIn("admin", "not-the-password");

		assertThat(this.browser.findElement(By.cssSelector("[data-testid=login-error]")).getText())
			.isEqualTo("Wrong username or password.");
		assertThat(this.browser.getCurrentUrl()).contains("/admin/login");
	}

	@Test
	void editorWritesPreviewsAndPublishesAnArticleWithAnImage() {
		this.content.category("browser-news");
		Media image = this.media.store("picture.png", TestImages.png(64, 48));
		String editor = user(Role.EDITOR);
		signIn(editor, "browser-password");
		open("/admin/articles/new?language=en");
		Browser.awaitEditor(this.browser);
		this.browser.findElement(By.id("title")).sendKeys("Browser-made article");
		setBody("<p>Written in Chromium.</p><p><img src=\"" + image.url() + "\" alt=\"A picture\"></p>");
		this.browser.findElement(By.cssSelector("input[name=categories][value=browser-news]")).click();
		this.browser.findElement(By.cssSelector("[data-testid=save-draft]")).click();
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=saved]")).isDisplayed()).isTrue();
		String editUrl = this.browser.getCurrentUrl();
		String id = editUrl.substring(editUrl.lastIndexOf('/') + 1);

		open("/admin/articles/" + id + "/preview");
		assertThat(text("[data-testid=article-title]")).isEqualTo("Browser-made article");
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=article-body] img")).getAttribute("alt"))
			.isEqualTo("A picture");

		open("/admin/articles/" + id);
		Browser.awaitEditor(this.browser);
		this.browser.findElement(By.cssSelector("[data-testid=publish]")).click();
		assertThat(eventually("[data-testid=article-status]", "Published")).isEqualTo("Published");

		open("/en/news/" + id);
		assertThat(text("[data-testid=article-title]")).isEqualTo("Browser-made article");
		assertThat(text("[data-testid=article-body]")).contains("Written in Chromium.");
		open("/en/news?category=browser-news");
		assertThat(text("[data-testid=news-item]")).contains("Browser-made article");
	}

	@Test
	void editorChoosesTheCoverBySightAndTakesItAway() {
		Media harbour = this.media.store("harbour-cover.png", TestImages.png(320, 180));
		Media other = this.media.store("other-picture.png", TestImages.png(64, 48));
		Article article = this.content.article("en").title("Needs a cover").create();
		signIn(user(Role.EDITOR), "browser-password");
		open("/admin/articles/" + article.id());
		Browser.awaitEditor(this.browser);
		WebElement preview = this.browser.findElement(By.cssSelector("[data-testid=cover-preview]"));
		assertThat(preview.isDisplayed()).isFalse();
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=cover-remove]")).isDisplayed()).isFalse();

		this.browser.findElement(By.cssSelector("[data-testid=cover-choose]")).click();
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("[data-image-option='" + other.id() + "']")));
		this.browser.findElement(By.cssSelector("[data-image-search]")).sendKeys("harbour");
		wait.until(ExpectedConditions
			.invisibilityOfElementLocated(By.cssSelector("[data-image-option='" + other.id() + "']")));
		this.browser.findElement(By.cssSelector("[data-image-option='" + harbour.id() + "']")).click();

		assertThat(this.browser.findElement(By.cssSelector("[data-testid=image-dialog]")).isDisplayed()).isFalse();
		assertThat(this.browser.findElement(By.id("coverImage")).getAttribute("value"))
			.isEqualTo(Long.toString(harbour.id()));
		assertThat(preview.isDisplayed()).isTrue();
		assertThat(preview.getText()).isEqualTo("#" + harbour.id() + " harbour-cover.png");
		this.browser.findElement(By.cssSelector("[data-testid=save]")).click();
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=saved]")).isDisplayed()).isTrue();
		assertThat(this.articles.find(article.id()).orElseThrow().coverMediaId()).isEqualTo(harbour.id());
		assertThat(text("[data-testid=cover-preview] figcaption")).isEqualTo("#" + harbour.id() + " harbour-cover.png");

		this.browser.findElement(By.cssSelector("[data-testid=cover-remove]")).click();
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=cover-preview]")).isDisplayed()).isFalse();
		assertThat(this.browser.findElement(By.id("coverImage")).getAttribute("value")).isEmpty();
		WebElement save = this.browser.findElement(By.cssSelector("[data-testid=save]"));
		save.click();
		// the page being left says "saved" too, from the first save
		wait.until(ExpectedConditions.stalenessOf(save));
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=saved]")).isDisplayed()).isTrue();
		assertThat(this.articles.find(article.id()).orElseThrow().coverMediaId()).isNull();
	}

	@Test
	void anOlderImageIsFoundUnderMoreImages() {
		Media oldest = this.media.store("oldest-picture.png", TestImages.png(32, 24));
		for (int i = 0; i < 60; i++) {
			this.media.store("newer-" + i + ".png", TestImages.png(16, 12));
		}
		Article article = this.content.article("en").title("Needs an old cover").create();
		signIn(user(Role.EDITOR), "browser-password");
		open("/admin/articles/" + article.id());
		Browser.awaitEditor(this.browser);

		this.browser.findElement(By.cssSelector("[data-testid=cover-choose]")).click();
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=image-more]")));
		assertThat(this.browser.findElements(By.cssSelector("[data-image-option]"))).hasSize(60);
		assertThat(this.browser.findElements(By.cssSelector("[data-image-option='" + oldest.id() + "']"))).isEmpty();
		this.browser.findElement(By.cssSelector("[data-testid=image-more]")).click();
		wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("[data-image-option='" + oldest.id() + "']")));
		assertThat(this.browser.findElements(By.cssSelector("[data-image-option]")).size()).isGreaterThan(60);
		this.browser.findElement(By.cssSelector("[data-image-option='" + oldest.id() + "']")).click();

		assertThat(this.browser.findElement(By.id("coverImage")).getAttribute("value"))
			.isEqualTo(Long.toString(oldest.id()));
	}

	@Test
	void editorChoosesABannersImageBySight() {
		Media first = this.media.store("first-slide.png", TestImages.png(320, 120));
		Media second = this.media.store("second-slide.png", TestImages.png(320, 120));
		Banner banner = this.banners.create(new Banner(0, "en", "Slide", "/en/news", first.id(), 1, null, null, true),
				Actor.SYSTEM);
		signIn(user(Role.EDITOR), "browser-password");
		open("/admin/banners/" + banner.id());
		assertThat(text("[data-testid=banner-image-preview] figcaption"))
			.isEqualTo("#" + first.id() + " first-slide.png");

		this.browser.findElement(By.cssSelector("[data-testid=banner-image-choose]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(
				ExpectedConditions.elementToBeClickable(By.cssSelector("[data-image-option='" + second.id() + "']")));
		this.browser.findElement(By.cssSelector("[data-image-option='" + second.id() + "']")).click();
		assertThat(this.browser.findElement(By.id("image")).getAttribute("value"))
			.isEqualTo(Long.toString(second.id()));
		assertThat(text("[data-testid=banner-image-preview] figcaption"))
			.isEqualTo("#" + second.id() + " second-slide.png");
		this.browser.findElement(By.cssSelector("[data-testid=banner-form] button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().endsWith("/admin/banners"));

		assertThat(this.banners.findById(banner.id()).orElseThrow().imageMediaId()).isEqualTo(second.id());
	}

	@Test
	void theRichTextEditorSpeaksTheBackOfficesLanguage() {
		signIn(user(Role.AUTHOR), "browser-password");
		open("/admin/articles/new?language=zh&lang=zh");
		Browser.awaitEditor(this.browser);
		assertThat(this.browser.findElements(By.cssSelector("button.tox-tbtn[aria-label='粗体']"))).hasSize(1);

		open("/admin/articles/new?language=en&lang=en");
		Browser.awaitEditor(this.browser);
		assertThat(this.browser.findElements(By.cssSelector("button.tox-tbtn[aria-label='Bold']"))).hasSize(1);
	}

	@Test
	void onAPhoneTheBackOfficeFitsTheScreenAndWideTablesScrollInside() {
		Article article = this.content.article("en")
			.title("A title long enough to make the article list wider than a phone")
			.create();
		signIn(user(Role.EDITOR), "browser-password");
		this.browser.manage().window().setSize(new Dimension(375, 740));
		for (String page : List.of("/admin", "/admin/articles", "/admin/articles/" + article.id(), "/admin/banners",
				"/admin/media")) {
			open(page + "?lang=zh");
			long overflow = (Long) ((JavascriptExecutor) this.browser)
				.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
			assertThat(overflow).as(page).isLessThanOrEqualTo(0);
			WebElement menu = this.browser.findElement(By.cssSelector(".admin-menu"));
			WebElement main = this.browser.findElement(By.id("main"));
			assertThat(main.getLocation().getY()).as("%s: the page below the menu", page)
				.isGreaterThanOrEqualTo(menu.getLocation().getY() + menu.getSize().getHeight());
		}
	}

	@Test
	void aPastedPictureIsStoredInTheMediaLibraryAndKeptInTheText() {
		long before = this.media.search("", 1, 1).total();
		signIn(user(Role.AUTHOR), "browser-password");
		open("/admin/articles/new?language=en");
		Browser.awaitEditor(this.browser);
		this.browser.findElement(By.id("title")).sendKeys("With a pasted picture");
		String pasted = "data:image/png;base64," + Base64.getEncoder().encodeToString(TestImages.png(30, 20));
		setBody("<p>Pasted below.</p><p><img src=\"" + pasted + "\" alt=\"Pasted\"></p>");
		this.browser.findElement(By.cssSelector("[data-testid=save-draft]")).click();
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=saved]")).isDisplayed()).isTrue();
		String editUrl = this.browser.getCurrentUrl();
		String id = editUrl.substring(editUrl.lastIndexOf('/') + 1);

		open("/admin/articles/" + id + "/preview");
		WebElement image = this.browser.findElement(By.cssSelector("[data-testid=article-body] img"));
		assertThat(image.getAttribute("src")).contains("/media/");
		assertThat(image.getAttribute("alt")).isEqualTo("Pasted");
		assertThat(this.media.search("", 1, 1).total()).isEqualTo(before + 1);
	}

	@Test
	void aSaveAfterTheSignInEndedKeepsTheTextUntilTheUserSignsInAgain() {
		String author = user(Role.AUTHOR);
		signIn(author, "browser-password");
		open("/admin/articles/new?language=en");
		Browser.awaitEditor(this.browser);
		String editorTab = this.browser.getWindowHandle();
		this.browser.findElement(By.id("title")).sendKeys("Written while signed out");
		setBody("<p>Half an hour of work.</p>");
		// the sign-in ends elsewhere, as it does after 30 idle minutes or a restart
		this.browser.switchTo().newWindow(WindowType.TAB);
		open("/admin");
		this.browser.findElement(By.cssSelector("form[action$='/admin/logout'] button")).click();
		this.browser.switchTo().window(editorTab);

		this.browser.findElement(By.cssSelector("[data-testid=save-draft]")).click();

		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=session-lost]")));
		assertThat(this.browser.getCurrentUrl()).contains("/admin/articles/new");
		assertThat(this.browser.findElement(By.id("title")).getAttribute("value"))
			.isEqualTo("Written while signed out");

		this.browser.switchTo().window(otherTab(editorTab));
		signIn(author, "browser-password");
		this.browser.switchTo().window(editorTab);
		this.browser.findElement(By.cssSelector("[data-testid=save-draft]")).click();

		assertThat(this.browser.findElement(By.cssSelector("[data-testid=saved]")).isDisplayed()).isTrue();
		assertThat(this.browser.findElement(By.id("title")).getAttribute("value"))
			.isEqualTo("Written while signed out");
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=session-lost]")).isDisplayed()).isFalse();
	}

	@Test
	void anyFormSentAfterTheSignInEndedStaysOnThePageUntilTheUserSignsInAgain() {
		String editor = user(Role.EDITOR);
		signIn(editor, "browser-password");
		open("/admin/categories");
		String formTab = this.browser.getWindowHandle();
		this.browser.findElement(By.id("slug")).sendKeys("harbour-logistics");
		this.browser.findElement(By.id("name-en")).sendKeys("Harbour logistics");
		this.browser.switchTo().newWindow(WindowType.TAB);
		open("/admin");
		this.browser.findElement(By.cssSelector("form[action$='/admin/logout'] button")).click();
		this.browser.switchTo().window(formTab);

		this.browser.findElement(By.cssSelector("[data-testid=category-create] button[type=submit]")).click();

		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=session-lost]")));
		assertThat(this.browser.getCurrentUrl()).endsWith("/admin/categories");
		assertThat(this.browser.findElement(By.id("name-en")).getAttribute("value")).isEqualTo("Harbour logistics");
		assertThat(this.categories.findBySlug("harbour-logistics")).isEmpty();

		this.browser.switchTo().window(otherTab(formTab));
		signIn(editor, "browser-password");
		this.browser.switchTo().window(formTab);
		this.browser.findElement(By.cssSelector("[data-testid=category-create] button[type=submit]")).click();

		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> this.categories.findBySlug("harbour-logistics").isPresent());
		assertThat(this.categories.findBySlug("harbour-logistics").orElseThrow().name("en"))
			.isEqualTo("Harbour logistics");
	}

	@Test
	void textNeverSavedIsOfferedBackWhenTheFormOpensAgain() {
		signIn(user(Role.AUTHOR), "browser-password");
		open("/admin/articles/new?language=en");
		Browser.awaitEditor(this.browser);
		setBody("<p>Kept by the browser.</p>");
		this.browser.findElement(By.id("title")).sendKeys("Never saved");
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until((driver) -> draftCopies() == 1);

		// the tab is lost before saving; the same form opens in another
		String lost = this.browser.getWindowHandle();
		this.browser.switchTo().newWindow(WindowType.TAB);
		String next = this.browser.getWindowHandle();
		this.browser.switchTo().window(lost).close();
		this.browser.switchTo().window(next);
		open("/admin/articles/new?language=en");
		Browser.awaitEditor(this.browser);
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=draft-found]")).isDisplayed()).isTrue();
		this.browser.findElement(By.cssSelector("[data-testid=draft-restore]")).click();
		assertThat(this.browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("Never saved");
		this.browser.findElement(By.cssSelector("[data-testid=save-draft]")).click();

		assertThat(this.browser.findElement(By.cssSelector("[data-testid=saved]")).isDisplayed()).isTrue();
		assertThat(this.browser.findElement(By.id("body")).getAttribute("value")).contains("Kept by the browser.");
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=draft-found]")).isDisplayed()).isFalse();
		assertThat(draftCopies())
			.as("the copy goes once the save went through: %s",
					((JavascriptExecutor) this.browser).executeScript("return JSON.stringify(localStorage);"))
			.isZero();
	}

	@Test
	void signingOutRemovesTheCopiesOfUnsavedText() {
		signIn(user(Role.AUTHOR), "browser-password");
		open("/admin/articles/new?language=en");
		Browser.awaitEditor(this.browser);
		this.browser.findElement(By.id("title")).sendKeys("Left on a shared computer");
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until((driver) -> draftCopies() == 1);

		this.browser.switchTo().newWindow(WindowType.TAB);
		open("/admin");
		this.browser.findElement(By.cssSelector("form[action$='/admin/logout'] button")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().contains("/admin/login"));

		assertThat(draftCopies()).isZero();
	}

	private long draftCopies() {
		return (Long) ((JavascriptExecutor) this.browser).executeScript(
				"return Object.keys(localStorage).filter(function (k) { return k.indexOf('newscenter.draft.') === 0; }).length;");
	}

	private String otherTab(String tab) {
		return this.browser.getWindowHandles()
			.stream()
			.filter((handle) -> !handle.equals(tab))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void authorSubmitsAndEditorApproves() {
		String author = user(Role.AUTHOR);
		signIn(author, "browser-password");
		open("/admin/articles/new?language=en");
		Browser.awaitEditor(this.browser);
		assertThat(this.browser.findElements(By.cssSelector("[data-testid=publish]"))).isEmpty();
		this.browser.findElement(By.id("title")).sendKeys("Needs approval");
		setBody("<p>Please review.</p>");
		this.browser.findElement(By.cssSelector("[data-testid=submit-review]")).click();
		assertThat(eventually("[data-testid=article-status]", "In review")).isEqualTo("In review");
		String editUrl = this.browser.getCurrentUrl();
		String id = editUrl.substring(editUrl.lastIndexOf('/') + 1);
		this.browser.findElement(By.cssSelector(".admin-user button")).click();

		signIn(user(Role.EDITOR), "browser-password");
		open("/admin");
		this.browser.findElement(By.linkText("Needs approval")).click();
		Browser.awaitEditor(this.browser);
		this.browser.findElement(By.cssSelector("[data-testid=publish]")).click();
		assertThat(eventually("[data-testid=article-status]", "Published")).isEqualTo("Published");

		open("/en/news/" + id);
		assertThat(text("[data-testid=article-title]")).isEqualTo("Needs approval");
	}

	@Test
	void anAdministratorFollowsALongImportUntilItsReport(@TempDir Path folder) throws IOException {
		Path export = Files.write(folder.resolve("export.xml"), WordPressExports.drafts(800));
		signIn(user(Role.ADMIN), "browser-password");
		open("/admin/import");

		this.browser.findElement(By.id("import-file")).sendKeys(export.toString());
		this.browser.findElement(By.cssSelector("[data-testid=import-form] button[type=submit]")).click();

		new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until((driver) -> driver.getCurrentUrl().matches(".*/admin/import/[0-9a-f-]{36}"));
		assertThat(text("[data-testid=import-progress] .import-count")).as("the page answers while the import runs")
			.matches("[0-9,]+ of 800 posts");
		String report = new WebDriverWait(this.browser, Duration.ofSeconds(180))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until((driver) -> driver.findElements(By.cssSelector("[data-testid=import-report]"))
				.stream()
				.findFirst()
				.map(WebElement::getText)
				.orElse(null));
		assertThat(report).contains("Imported 800 posts of https://many.example.com");
	}

	private void signIn(String username, String password) {
		open("/admin/login");
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.cssSelector("form button[type=submit]")).click();
		// the sign-in has answered: signed in, or shown why not
		new WebDriverWait(this.browser, Duration.ofSeconds(15))
			.until((driver) -> !driver.getCurrentUrl().contains("/admin/login")
					|| !driver.findElements(By.cssSelector("[data-testid=login-error]")).isEmpty());
	}

	private void setBody(String html) {
		((JavascriptExecutor) this.browser)
			.executeScript("tinymce.activeEditor.setContent(arguments[0]); tinymce.activeEditor.save();", html);
	}

	private String text(String selector) {
		WebElement element = new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(selector)));
		return element.getText();
	}

	/**
	 * Reads an element's text once the page that follows a click shows the expected one.
	 */
	private String eventually(String selector, String expected) {
		try {
			new WebDriverWait(this.browser, Duration.ofSeconds(10))
				.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
				.until((driver) -> expected.equals(driver.findElement(By.cssSelector(selector)).getText()));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			// fall through: the assertion reports what the page shows
		}
		return text(selector);
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private String user(Role role) {
		String name = role.name().toLowerCase(java.util.Locale.ROOT) + System.nanoTime();
		this.accounts.create(name, "browser-password", role);
		return name;
	}

}
