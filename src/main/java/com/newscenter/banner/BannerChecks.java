package com.newscenter.banner;

import java.net.URI;

import com.newscenter.media.MediaService;
import com.newscenter.site.Languages;
import com.newscenter.system.web.BadRequestException;
import com.newscenter.system.web.StorableTimes;

import org.springframework.stereotype.Component;

/**
 * Checks a banner before it is stored: a title, an existing image, a language of the
 * site, a safe link and a window that ends after it starts, in years that can be stored.
 */
@Component
class BannerChecks {

	private final MediaService media;

	private final Languages languages;

	BannerChecks(MediaService media, Languages languages) {
		this.media = media;
		this.languages = languages;
	}

	/**
	 * Fails naming the first field that is not acceptable.
	 * @param banner the banner to store
	 * @throws BadRequestException when a field is not acceptable
	 */
	void check(Banner banner) {
		if (banner.title() == null || banner.title().isBlank() || banner.title().length() > 300) {
			throw new BadRequestException("title", "title needs 1 to 300 characters");
		}
		if (this.media.findById(banner.imageMediaId()).isEmpty()) {
			throw new BadRequestException("image", "no image with id " + banner.imageMediaId());
		}
		if (banner.language() != null && !this.languages.isSupported(banner.language())) {
			throw new BadRequestException("language", "language must be one of " + this.languages.all());
		}
		if (banner.link() != null && banner.link().length() > 1000) {
			throw new BadRequestException("link", "link must be at most 1000 characters");
		}
		if (banner.link() != null && !isSafeLink(banner.link())) {
			throw new BadRequestException("link", "link must be a site path or an http(s) URL");
		}
		StorableTimes.checked("showFrom", banner.showFrom());
		StorableTimes.checked("showUntil", banner.showUntil());
		if (banner.showFrom() != null && banner.showUntil() != null
				&& !banner.showFrom().isBefore(banner.showUntil())) {
			throw new BadRequestException("showUntil", "showUntil must be after showFrom");
		}
	}

	private static boolean isSafeLink(String link) {
		if (link.chars().anyMatch((c) -> c < 0x20 || c == '\\')) {
			return false;
		}
		if (link.startsWith("/") && !link.startsWith("//")) {
			return true;
		}
		try {
			String scheme = URI.create(link).getScheme();
			return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
