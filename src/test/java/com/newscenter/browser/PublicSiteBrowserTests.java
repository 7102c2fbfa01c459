package com.newscenter.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.newscenter.category.CategoryService;
import com.newscenter.news.Article;
import com.newscenter.news.ArticleService;
import com.newscenter.news.ArticleSummary;
import com.newscenter.support.Axe;
import com.newscenter.support.Browser;
import com.newscenter.support.TestContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers' pages in a real Chromium, on the demo site: accessible (axe-core finds no WCAG
 * 2.1 A/AA or best-practice violation), usable by keyboard, fitting a phone's screen, and
 * a carousel that works with and without JavaScript.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "newscenter.demo-content=true")
class PublicSiteBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ArticleService articles;

	@Autowired
	CategoryService categories;

	@Autowired
	TestContent content;

	ChromeDriver browser;

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void everyPublicPageIsAccessibleAndFitsAPhoneInBothLanguages() {
		this.browser = Browser.start();
		ArticleSummary english = this.articles.published("en", null, 1, 1).items().get(0);
		ArticleSummary chinese = this.articles.published("zh", null, 1, 1).items().get(0);
		String category = this.categories.findAll().get(0).slug();
		List<String> pages = List.of("/en/", "/zh/", "/en/news", "/zh/news", "/en/news?category=" + category,
				"/zh/news?category=" + category, "/en/news?page=99", "/en/news/" + english.id(),
				"/zh/news/" + chinese.id(), "/en/search?q=" + english.title().split(" ")[0],
				"/zh/search?q=" + chinese.title().substring(0, 2), "/en/search?q=nothingmatchesthis",
				"/en/no-such-page", "/zh/news/999999");
		List<String> problems = new ArrayList<>();
		for (Dimension size : List.of(new Dimension(1280, 1024), new Dimension(375, 740))) {
			this.browser.manage().window().setSize(size);
			for (String page : pages) {
				open(page);
				String where = page + " at " + size.width + "px: ";
				long overflow = (Long) script("return document.documentElement.scrollWidth - window.innerWidth;");
				if (overflow > 0) {
					problems.add(where + "wider than the screen by " + overflow + "px");
				}
				Axe.violations(this.browser).forEach((violation) -> problems.add(where + violation));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void aKeyboardUserCanSkipToTheContentAndAlwaysSeesWhereFocusIs() {
		this.browser = Browser.start();
		open("/en/news/" + this.articles.published("en", null, 1, 1).items().get(0).id());

		WebElement skip = tab();
		assertThat(skip.getAttribute("class")).isEqualTo("skip-link");
		assertThat(skip.getRect().getX()).as("the skip link shows when focused").isGreaterThanOrEqualTo(0);
		skip.sendKeys(Keys.ENTER);
		assertThat(active().getAttribute("id")).isEqualTo("main");

		open("/en/");
		List<String> unmarked = new ArrayList<>();
		List<String> seen = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			WebElement focused = tab();
			String name = describe(focused);
			if ("body".equals(name)) {
				// past the last link, focus leaves the page
				break;
			}
			seen.add(name);
			if (!focusShows(focused)) {
				unmarked.add(name);
			}
		}
		assertThat(seen).as("tabbing reaches the news and the footer's page")
			.anyMatch((name) -> name.contains("/en/news/"));
		assertThat(unmarked).as("focused elements without a visible focus mark").isEmpty();
	}

	@Test
	void theCarouselMovesWithButtonsAndNumbersAndItsAutoAdvanceCanBePaused() {
		this.browser = Browser.start();
		open("/en/");
		WebElement carousel = this.browser.findElement(By.cssSelector("[data-testid=banner]"));
		List<WebElement> numbers = carousel.findElements(By.cssSelector(".carousel-dots a"));
		assertThat(numbers).hasSizeGreaterThanOrEqualTo(3);

		carousel.findElement(By.cssSelector(".carousel-button.next")).click();
		awaitCurrentSlide(1);
		carousel.findElement(By.cssSelector(".carousel-button.previous")).click();
		awaitCurrentSlide(0);
		numbers.get(2).click();
		awaitCurrentSlide(2);

		// away from the carousel, it advances by itself
		this.browser.findElement(By.cssSelector("h2")).click();
		awaitCurrentSlide(3 % numbers.size(), Duration.ofSeconds(12));

		WebElement pause = carousel.findElement(By.cssSelector(".carousel-pause"));
		assertThat(pause.getAttribute("aria-pressed")).isEqualTo("false");
		pause.click();
		assertThat(pause.getAttribute("aria-pressed")).isEqualTo("true");
		this.browser.findElement(By.cssSelector("h2")).click();
		int paused = currentSlide();
		sleep(Duration.ofSeconds(8));
		assertThat(currentSlide()).as("a paused carousel stays").isEqualTo(paused);
	}

	@Test
	void onAPhoneTheCarouselControlsLeaveTheSlideTitleClear() {
		this.browser = Browser.start();
		this.browser.manage().window().setSize(new Dimension(375, 740));
		open("/en/");

		Boolean overlaps = (Boolean) script("var parts = [document.querySelector('.slide .slide-title'),"
				+ " document.querySelector('.slide .slide-number')].map(function (e) { return e.getBoundingClientRect(); });"
				+ "return Array.from(document.querySelectorAll('.carousel-button, .carousel-pause')).some(function (b) {"
				+ "  var r = b.getBoundingClientRect();" + "  return parts.some(function (t) {"
				+ "    return r.left < t.right && t.left < r.right && r.top < t.bottom && t.top < r.bottom; });"
				+ "});");

		assertThat(this.browser.findElements(By.cssSelector(".carousel-button"))).hasSize(2);
		assertThat(overlaps).as("a control covers the slide's number or title").isFalse();
	}

	@Test
	void withoutJavaScriptTheNumberedSlidesStillWork() {
		this.browser = Browser.start(Map.of("profile.managed_default_content_settings.javascript", 2));
		open("/en/");
		WebElement carousel = this.browser.findElement(By.cssSelector("[data-testid=banner]"));
		assertThat(carousel.findElements(By.cssSelector(".carousel-button"))).isEmpty();
		WebElement third = carousel.findElements(By.cssSelector("[data-testid=banner-slide]")).get(2);
		assertThat(isShown(third)).isFalse();

		carousel.findElements(By.cssSelector(".carousel-dots a")).get(2).click();

		new WebDriverWait(this.browser, Duration.ofSeconds(5)).until((driver) -> isShown(third));
		assertThat(third.getText()).contains("03");
	}

	@Test
	void aBodysAlignmentsShowOnThePage() {
		String image = "<img src=\"/images/missing.png\" alt=\"Quay\" width=\"200\" height=\"100\" />";
		Article article = this.content.article("en")
			.title("Aligned figures")
			.body("<p class=\"align-center\">Centred line</p><figure class=\"align-right\">" + image
					+ "<figcaption>Quay wall</figcaption></figure><p>Text beside it.</p><figure class=\"align-center\">"
					+ image + "</figure>")
			.create();
		this.browser = Browser.start();
		this.browser.manage().window().setSize(new Dimension(1280, 900));
		open("/en/news/" + article.id());

		assertThat(script("return getComputedStyle(document.querySelector('.article-body p.align-center')).textAlign"))
			.isEqualTo("center");
		assertThat(
				script("return getComputedStyle(document.querySelector('.article-body figure.align-right')).cssFloat"))
			.isEqualTo("right");
		assertThat(script("""
				var figure = document.querySelectorAll('.article-body figure')[1].getBoundingClientRect();
				var image = document.querySelectorAll('.article-body figure img')[1].getBoundingClientRect();
				return Math.abs((image.left - figure.left) - (figure.right - image.right)) < 2;"""))
			.as("the image of a centred figure is centred")
			.isEqualTo(true);
	}

	@Test
	void keptPagesReachTheBrowserCompressedAndAnArticlePageWithItsLiveCount() {
		Article article = this.content.article("en").title("Compressed quay report").create();
		this.browser = Browser.start();
		open("/en/news/" + article.id());
		String rendered = this.browser.findElement(By.cssSelector("[data-testid=article-views]")).getText();

		this.browser.manage().deleteAllCookies();
		this.browser.manage().addCookie(new Cookie("nc_vid", "another-reader"));
		open("/en/news/" + article.id());

		assertThat(List.of(rendered, this.browser.findElement(By.cssSelector("[data-testid=article-views]")).getText()))
			.containsExactly("1", "2");
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=article-title]")).getText())
			.isEqualTo("Compressed quay report");
		assertThat(sentCompressed()).as("article page").isTrue();
		open("/en/news");
		open("/en/news");
		assertThat(this.browser.findElements(By.cssSelector("[data-testid=news-item]"))).isNotEmpty();
		assertThat(sentCompressed()).as("news list").isTrue();
	}

	private boolean sentCompressed() {
		return (Boolean) script("var page = performance.getEntriesByType('navigation')[0];"
				+ "return page.encodedBodySize > 0 && page.encodedBodySize * 2 < page.decodedBodySize;");
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private Object script(String source) {
		return this.browser.executeScript(source);
	}

	private WebElement tab() {
		new Actions(this.browser).sendKeys(Keys.TAB).perform();
		return active();
	}

	private WebElement active() {
		return this.browser.switchTo().activeElement();
	}

	private String describe(WebElement element) {
		return (String) this.browser.executeScript("var e = arguments[0];"
				+ "return e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '')"
				+ " + (e.getAttribute('href') ? '[' + e.getAttribute('href') + ']' : '');", element);
	}

	/** Whether the focused element is outlined or ringed, as a reader would see it. */
	private boolean focusShows(WebElement element) {
		return (Boolean) this.browser.executeScript("var s = getComputedStyle(arguments[0]);"
				+ "return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';",
				element);
	}

	private boolean isShown(WebElement slide) {
		return (Boolean) this.browser.executeScript("var s = arguments[0].getBoundingClientRect();"
				+ "var t = arguments[0].parentElement.getBoundingClientRect();"
				+ "return Math.abs(s.left - t.left) < 2;", slide);
	}

	private int currentSlide() {
		List<WebElement> numbers = this.browser.findElements(By.cssSelector(".carousel-dots a"));
		for (int i = 0; i < numbers.size(); i++) {
			if ("true".equals(numbers.get(i).getAttribute("aria-current"))) {
				List<WebElement> slides = this.browser.findElements(By.cssSelector("[data-testid=banner-slide]"));
				return isShown(slides.get(i)) ? i : -1;
			}
		}
		return -1;
	}

	private void awaitCurrentSlide(int index) {
		awaitCurrentSlide(index, Duration.ofSeconds(5));
	}

	private void awaitCurrentSlide(int index, Duration timeout) {
		new WebDriverWait(this.browser, timeout).until((driver) -> currentSlide() == index);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
