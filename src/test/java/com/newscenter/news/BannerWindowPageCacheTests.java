package com.newscenter.news;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.newscenter.account.Actor;
import com.newscenter.banner.Banner;
import com.newscenter.banner.BannerService;
import com.newscenter.media.Media;
import com.newscenter.media.MediaService;
import com.newscenter.support.MutableClock;
import com.newscenter.support.TestDatabase;
import com.newscenter.support.TestImages;
import io.micrometer.core.instrument.MeterRegistry;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kept home page shows a banner from the second its show window opens and stops showing
 * it the second it closes, not a page-cache lifetime later; pages without a window are
 * kept as long as ever. (The same context as the account tests: a clock the test moves.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(MutableClock.Configuration.class)
class BannerWindowPageCacheTests {

	private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	@Autowired
	MediaService media;

	@Autowired
	BannerService banners;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void clean() {
		this.database.clean();
	}

	@Test
	void aKeptHomePageFollowsTheBannersShowWindowsToTheSecond() throws Exception {
		Media image = this.media.store("slide.png", TestImages.png(640, 360));
		Instant now = this.clock.instant();
		banner("Autumn fair", image, null, now.plusSeconds(120));
		banner("Spring fair", image, now.plusSeconds(60), null);
		banner("Zhōngwén only", image, null, null, "zh");

		assertThat(slides()).containsExactly("Autumn fair");
		double hits = hits();
		assertThat(slides()).containsExactly("Autumn fair");
		assertThat(hits() - hits).as("kept until the next window opens").isEqualTo(1);

		this.clock.advance(Duration.ofSeconds(59));
		assertThat(slides()).containsExactly("Autumn fair");
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(slides()).containsExactly("Autumn fair", "Spring fair");
		this.clock.advance(Duration.ofSeconds(60));
		assertThat(slides()).containsExactly("Spring fair");

		hits = hits();
		this.clock.advance(Duration.ofDays(400));
		assertThat(slides()).containsExactly("Spring fair");
		assertThat(hits() - hits).as("no window left: kept as any page").isEqualTo(1);
	}

	@Test
	void aWindowInAnotherLanguageDoesNotShortenAPagesLife() throws Exception {
		Media image = this.media.store("slide.png", TestImages.png(640, 360));
		banner("Always", image, null, null);
		banner("Chinese only, later", image, this.clock.instant().plusSeconds(60), null, "zh");

		assertThat(slides()).containsExactly("Always");
		this.clock.advance(Duration.ofSeconds(90));
		double hits = hits();
		assertThat(slides()).containsExactly("Always");
		assertThat(hits() - hits).isEqualTo(1);
	}

	private void banner(String title, Media image, Instant from, Instant until) {
		banner(title, image, from, until, null);
	}

	private void banner(String title, Media image, Instant from, Instant until, String language) {
		int position = this.banners.nextPosition();
		this.banners.create(new Banner(0, language, title, null, image.id(), position, from, until, true),
				Actor.SYSTEM);
	}

	private List<String> slides() throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/en/"))
			.timeout(Duration.ofSeconds(30))
			.header("User-Agent", BROWSER)
			.header("Cookie", "nc_vid=banner-window-visitor")
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body()).select("[data-testid=banner-slide] .slide-title").eachText();
	}

	private double hits() {
		return this.meters.counter("newscenter.page-cache.requests", "result", "hit").count();
	}

}
