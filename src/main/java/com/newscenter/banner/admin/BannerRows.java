package com.newscenter.banner.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.newscenter.banner.Banner;
import com.newscenter.banner.BannerService;
import com.newscenter.media.MediaService;
import com.newscenter.system.NewsCenterProperties;

import org.springframework.stereotype.Component;

/**
 * Turns the banners into the rows of the back-office list, with thumbnails and show
 * windows in the site's time zone.
 */
@Component
class BannerRows {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final BannerService banners;

	private final MediaService media;

	private final ZoneId zone;

	BannerRows(BannerService banners, MediaService media, NewsCenterProperties properties) {
		this.banners = banners;
		this.media = media;
		this.zone = properties.timeZone();
	}

	List<BannerRow> all() {
		List<Banner> all = this.banners.findAll();
		Map<Long, String> urls = new HashMap<>();
		this.media.findAllById(all.stream().map(Banner::imageMediaId).distinct().toList())
			.forEach((image) -> urls.put(image.id(), image.url()));
		List<BannerRow> rows = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			Banner banner = all.get(i);
			rows.add(new BannerRow(banner.id(), banner.title(), urls.get(banner.imageMediaId()), banner.language(),
					banner.link(), banner.position(), format(banner.showFrom()), format(banner.showUntil()),
					banner.enabled(), i == 0, i == all.size() - 1));
		}
		return rows;
	}

	private String format(Instant instant) {
		return (instant != null) ? TIME.format(instant.atZone(this.zone)) : "";
	}

}
