package com.newscenter.banner.admin;

import java.time.Instant;
import java.time.ZoneId;

import com.newscenter.banner.Banner;
import com.newscenter.system.web.BadRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The banner form reads its {@code datetime-local} times in the site's time zone and
 * names the field it cannot read.
 */
class BannerFormTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Test
	void readsTimesInTheSitesTimeZone() {
		BannerForm form = form();
		form.setShowFrom("2025-03-01T08:00");
		form.setShowUntil("2025-03-02T08:00:30");

		Banner banner = form.toBanner(0, SHANGHAI, 7);

		assertThat(banner.showFrom()).isEqualTo(Instant.parse("2025-03-01T00:00:00Z"));
		assertThat(banner.showUntil()).isEqualTo(Instant.parse("2025-03-02T00:00:30Z"));
		assertThat(banner.position()).isEqualTo(7);
		assertThat(banner.language()).isNull();
		assertThat(banner.link()).isNull();
	}

	@Test
	void showsStoredTimesInTheSitesTimeZone() {
		Banner banner = new Banner(3, "zh", "Title", "/zh/news", 9, 2, Instant.parse("2025-03-01T00:00:00Z"), null,
				false);

		BannerForm form = BannerForm.of(banner, SHANGHAI);

		assertThat(form.getShowFrom()).isEqualTo("2025-03-01T08:00");
		assertThat(form.getShowUntil()).isEmpty();
		assertThat(form.isEnabled()).isFalse();
		assertThat(form.toBanner(3, SHANGHAI, 1)).isEqualTo(banner);
	}

	@Test
	void namesTheFieldItCannotRead() {
		BannerForm badTime = form();
		badTime.setShowUntil("next week");
		BannerForm badPosition = form();
		badPosition.setPosition("-1");
		BannerForm noImage = form();
		noImage.setImage("");

		assertField(badTime, "showUntil");
		assertField(badPosition, "position");
		assertField(noImage, "image");
	}

	private static void assertField(BannerForm form, String field) {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> form.toBanner(0, SHANGHAI, 1))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo(field));
	}

	private static BannerForm form() {
		BannerForm form = new BannerForm();
		form.setImage("9");
		form.setTitle("Title");
		return form;
	}

}
