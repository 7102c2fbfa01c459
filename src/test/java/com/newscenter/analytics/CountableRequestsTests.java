package com.newscenter.analytics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves which requests are views: browsers' GETs, not other methods, prefetches,
 * crawlers or requests without a User-Agent.
 */
class CountableRequestsTests {

	private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
			+ " Chrome/126.0.0.0 Safari/537.36";

	@ParameterizedTest
	@ValueSource(strings = { CHROME, "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
			"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
					+ " Version/17.5 Mobile/15E148 Safari/604.1",
			"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile"
					+ " Safari/537.36 MicroMessenger/8.0.49" })
	void countsBrowserGets(String userAgent) {
		assertThat(CountableRequests.isView(request("GET", userAgent))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "HEAD", "POST", "PUT", "OPTIONS" })
	void doesNotCountOtherMethods(String method) {
		assertThat(CountableRequests.isView(request(method, CHROME))).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "Sec-Purpose, prefetch", "Sec-Purpose, prefetch;prerender", "Sec-Purpose, Prefetch",
			"Purpose, prefetch", "X-Purpose, preview;prefetch", "X-Moz, prefetch" })
	void doesNotCountPrefetches(String header, String value) {
		MockHttpServletRequest request = request("GET", CHROME);
		request.addHeader(header, value);
		assertThat(CountableRequests.isView(request)).isFalse();
	}

	@Test
	void countsRequestsWithOtherPurposes() {
		MockHttpServletRequest request = request("GET", CHROME);
		request.addHeader("Sec-Purpose", "");
		assertThat(CountableRequests.isView(request)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " " })
	void doesNotCountBlankUserAgents(String userAgent) {
		assertThat(CountableRequests.isView(request("GET", userAgent))).isFalse();
	}

	@Test
	void doesNotCountMissingUserAgent() {
		assertThat(CountableRequests.isView(request("GET", null))).isFalse();
		assertThat(CountableRequests.isCrawler(null)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
			"Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
			"Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
			"Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
			"Sogou web spider/4.0(+http://www.sogou.com/docs/help/webmasters.htm#07)",
			"Sogou inst spider/4.0(+http://www.sogou.com/docs/help/webmasters.htm#07)",
			"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/96.0 Safari/537.36; 360Spider",
			"Mozilla/5.0 (Linux; Android 5.0) AppleWebKit/537.36 (compatible; Bytespider; spider-feedback@bytedance.com)",
			"FooCrawler/2.3", "SomeSpider/1.0", "examplebot", "EXAMPLEBOT/1.0",
			"Mozilla/5.0 (compatible; AhrefsBot/7.0)",
			"Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)",
			"facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", "Mediapartners-Google" })
	void doesNotCountCrawlers(String userAgent) {
		assertThat(CountableRequests.isCrawler(userAgent)).isTrue();
		assertThat(CountableRequests.isView(request("GET", userAgent))).isFalse();
	}

	private static MockHttpServletRequest request(String method, String userAgent) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, "/en/news/1");
		if (userAgent != null) {
			request.addHeader("User-Agent", userAgent);
		}
		return request;
	}

}
