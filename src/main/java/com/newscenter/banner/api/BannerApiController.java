package com.newscenter.banner.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import com.newscenter.account.Actor;
import com.newscenter.account.StaffPrincipal;
import com.newscenter.banner.Banner;
import com.newscenter.banner.BannerService;
import com.newscenter.media.MediaService;
import com.newscenter.site.Languages;
import com.newscenter.site.SiteUrls;
import com.newscenter.system.web.BadRequestException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Banners in the JSON API: the public list shows what the carousel shows now, so that a
 * campaign's banner is not public before its show window opens; staff see every banner,
 * off or scheduled ones too, unless they ask for a language's carousel.
 */
@RestController
@RequestMapping("/api/v1/banners")
class BannerApiController {

	private static final int MAX_LINK_LENGTH = 1000;

	private final BannerService banners;

	private final MediaService media;

	private final SiteUrls urls;

	private final Languages languages;

	BannerApiController(BannerService banners, MediaService media, SiteUrls urls, Languages languages) {
		this.banners = banners;
		this.media = media;
		this.urls = urls;
		this.languages = languages;
	}

	@GetMapping
	List<BannerJson> list(@RequestParam(required = false) String lang,
			@AuthenticationPrincipal StaffPrincipal principal) {
		List<Banner> list;
		if (lang != null) {
			list = this.banners.showing(this.languages.require(lang));
		}
		else {
			list = (principal != null) ? this.banners.findAll() : this.banners.showing();
		}
		return list.stream().map(this::json).toList();
	}

	@PostMapping
	ResponseEntity<BannerJson> create(@RequestBody BannerInput input,
			@AuthenticationPrincipal StaffPrincipal principal) {
		if (input.image() == null) {
			throw new BadRequestException("image", "image (a media id) is required");
		}
		if (input.link() != null && input.link().length() > MAX_LINK_LENGTH) {
			throw new BadRequestException("link", "link must be at most " + MAX_LINK_LENGTH + " characters");
		}
		Banner banner = this.banners.create(new Banner(0, input.language(), input.title(), input.link(), input.image(),
				(input.position() != null) ? input.position() : 0, input.showFrom(), input.showUntil(),
				(input.enabled() != null) ? input.enabled() : true), Actor.of(principal));
		return ResponseEntity.created(URI.create("/api/v1/banners/" + banner.id())).body(json(banner));
	}

	private BannerJson json(Banner banner) {
		String imageUrl = this.media.findById(banner.imageMediaId())
			.map((m) -> this.urls.absolute(m.url()))
			.orElse(null);
		return new BannerJson(banner.id(), banner.language(), banner.title(), banner.link(), banner.imageMediaId(),
				imageUrl, banner.position(), banner.showFrom(), banner.showUntil(), banner.enabled());
	}

	/**
	 * A banner as the API shows it.
	 *
	 * @param id the key
	 * @param language its language, or {@code null} for all
	 * @param title its caption
	 * @param link where it leads
	 * @param image the media id of its image
	 * @param imageUrl the absolute URL of its image
	 * @param position its place in the carousel
	 * @param showFrom shown from
	 * @param showUntil shown until
	 * @param enabled whether it shows at all
	 */
	record BannerJson(long id, String language, String title, String link, long image, String imageUrl, int position,
			Instant showFrom, Instant showUntil, boolean enabled) {
	}

	/**
	 * A new banner as sent.
	 *
	 * @param language its language, or {@code null} for all
	 * @param title its caption
	 * @param link where it leads
	 * @param image the media id of its image
	 * @param position its place in the carousel
	 * @param showFrom shown from
	 * @param showUntil shown until
	 * @param enabled whether it shows at all
	 */
	record BannerInput(String language, String title, String link, Long image, Integer position, Instant showFrom,
			Instant showUntil, Boolean enabled) {
	}

}
