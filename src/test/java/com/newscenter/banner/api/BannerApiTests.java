package com.newscenter.banner.api;

import java.time.Duration;
import java.time.Instant;

import com.newscenter.audit.AuditEntry;
import com.newscenter.audit.AuditLog;
import com.newscenter.media.Media;
import com.newscenter.media.MediaService;
import com.newscenter.support.ApiResults;
import com.newscenter.support.ApiTest;
import com.newscenter.support.ApiTokens;
import com.newscenter.support.TestDatabase;
import com.newscenter.support.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static com.newscenter.support.ApiProblems.badField;
import static com.newscenter.support.ApiProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Banners through the JSON API: created on an uploaded image, listed only inside their
 * show window, refused with a bad image, an unsafe link or a window that ends before it
 * starts.
 */
@ApiTest
class BannerApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	MediaService media;

	@Autowired
	TestDatabase database;

	@Autowired
	AuditLog audit;

	private Media image;

	@BeforeEach
	void clean() {
		this.database.clean();
		this.image = this.media.store("slide.png", TestImages.png(64, 32));
	}

	@Test
	void createsABannerOnAnUploadedImage() throws Exception {
		create(banner("Harbour", "/en/news", null, null)).andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, matchesPattern(".*/api/v1/banners/\\d+")))
			.andExpect(jsonPath("$.image").value(this.image.id()))
			.andExpect(jsonPath("$.imageUrl").value(endsWith(this.image.url())))
			.andExpect(jsonPath("$.title").value("Harbour"))
			.andExpect(jsonPath("$.link").value("/en/news"))
			.andExpect(jsonPath("$.position").value(2));
	}

	@Test
	void showsTheirShowWindowToStaffOnly() throws Exception {
		Instant now = Instant.now();
		Duration day = Duration.ofDays(1);
		create(banner("Past", "/en/news", now.minus(day.multipliedBy(3)), now.minus(day)))
			.andExpect(status().isCreated());
		create(banner("Future", "/en/news", now.plus(day), now.plus(day.multipliedBy(3))))
			.andExpect(status().isCreated());
		create(banner("Current", "https://example.com/now", now.minus(day), now.plus(day)))
			.andExpect(status().isCreated());
		create("""
				{"image":%d,"title":"Off","link":"/en/news","enabled":false}""".formatted(this.image.id()))
			.andExpect(status().isCreated());

		this.mvc.perform(get("/api/v1/banners?lang=en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].title").value(contains("Current")));
		this.mvc.perform(get("/api/v1/banners")).andExpect(jsonPath("$[*].title").value(contains("Current")));
		this.mvc.perform(get("/api/v1/banners").header(HttpHeaders.AUTHORIZATION, this.tokens.editor()))
			.andExpect(jsonPath("$", hasSize(4)));
	}

	@Test
	void refusesAnImageThatDoesNotExist() throws Exception {
		create("""
				{"image":99999999,"title":"Ghost","link":"/en/news"}""").andExpect(badField("image"));
	}

	@Test
	void refusesAJavascriptLink() throws Exception {
		create(banner("Trap", "javascript:alert(1)", null, null)).andExpect(badField("link"));
		this.mvc.perform(get("/api/v1/banners")).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void refusesLinksThatBrowsersFollowToAnotherSite() throws Exception {
		create(banner("Slashes", "//evil.example/", null, null)).andExpect(badField("link"));
		create(banner("Backslash", "/\\\\evil.example/", null, null)).andExpect(badField("link"));
		create(banner("Script", "javascript:alert(1)", null, null)).andExpect(badField("link"));
	}

	@Test
	void refusesALinkTooLongToStore() throws Exception {
		create(banner("Long", "/" + "a".repeat(1200), null, null)).andExpect(badField("link"));
	}

	@Test
	void listOfALanguageTheSiteDoesNotHaveIsNotFound() throws Exception {
		this.mvc.perform(get("/api/v1/banners?lang=xx")).andExpect(problem(HttpStatus.NOT_FOUND));
	}

	@Test
	void refusesAWindowThatEndsBeforeItStarts() throws Exception {
		Instant now = Instant.now();
		create(banner("Backwards", "/en/news", now, now.minus(Duration.ofHours(1)))).andExpect(badField("showUntil"));
	}

	@Test
	void refusesAWindowBeyondFourDigitYears() throws Exception {
		Instant now = Instant.now();
		create(banner("Ancient", "/en/news", Instant.parse("0999-12-31T23:59:59Z"), null))
			.andExpect(badField("showFrom"));
		create(banner("Forever", "/en/news", now, Instant.parse("+300000-01-01T00:00:00Z")))
			.andExpect(badField("showUntil"));
		create(banner("Long run", "/en/news", Instant.parse("1000-01-01T00:00:00Z"),
				Instant.parse("9999-12-31T23:59:59Z")))
			.andExpect(status().isCreated());
	}

	@Test
	void creationIsAuditedUnderTheTokensUser() throws Exception {
		long id = ApiResults
			.id(create(banner("Audited", "/en/news", null, null)).andExpect(status().isCreated()).andReturn());

		AuditEntry entry = this.audit.page(1, 1).get(0);
		assertThat(entry.action()).isEqualTo("banner.create");
		assertThat(entry.target()).isEqualTo("banner:" + id);
		assertThat(entry.actor()).startsWith("editor-");
	}

	private String banner(String title, String link, Instant showFrom, Instant showUntil) {
		return """
				{"image":%d,"title":"%s","link":"%s","position":2,"showFrom":%s,"showUntil":%s}"""
			.formatted(this.image.id(), title, link, quoted(showFrom), quoted(showUntil));
	}

	private static String quoted(Instant instant) {
		return (instant != null) ? "\"" + instant + "\"" : "null";
	}

	private ResultActions create(String json) throws Exception {
		return this.mvc.perform(post("/api/v1/banners").header(HttpHeaders.AUTHORIZATION, this.tokens.editor())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

}
