package com.newscenter.banner;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.newscenter.system.ContentReset;
import com.newscenter.media.MediaService;
import com.newscenter.site.Languages;
import com.newscenter.system.web.BadRequestException;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides which banners the carousel shows and checks new ones.
 */
@Service
public class BannerService {

	private final BannerRepository repository;

	private final MediaService media;

	private final Languages languages;

	private final Clock clock;

	private final LoadingCache<String, List<Banner>> cache = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(10))
		.build((key) -> load());

	BannerService(BannerRepository repository, MediaService media, Languages languages, Clock clock) {
		this.repository = repository;
		this.media = media;
		this.languages = languages;
		this.clock = clock;
	}

	@EventListener(ContentReset.class)
	void onContentReset() {
		this.cache.invalidateAll();
	}

	private List<Banner> load() {
		return this.repository.findAll();
	}

	public List<Banner> findAll() {
		return this.cache.get("all");
	}

	/**
	 * Returns the banners, shown now or not, whose image is a given one.
	 * @param mediaId the image
	 * @return the banners, in carousel order
	 */
	public List<Banner> showingImage(long mediaId) {
		return findAll().stream().filter((banner) -> banner.imageMediaId() == mediaId).toList();
	}

	/**
	 * Removes the banners whose image is a given one, before that image is deleted: a
	 * banner cannot be without its image.
	 * @param mediaId the image
	 */
	@Transactional
	public void deleteShowingImage(long mediaId) {
		this.repository.deleteByImage(mediaId);
		this.cache.invalidateAll();
	}

	/**
	 * Returns the banners showing now in a language, in carousel order.
	 * @param language the page's language
	 * @return the banners
	 */
	public List<Banner> showing(String language) {
		return findAll().stream().filter((b) -> b.showsAt(language, this.clock.instant())).toList();
	}

	/**
	 * Adds a banner after checking its image, link, language and window.
	 * @param banner the banner; its id is ignored
	 * @return the stored banner
	 */
	@Transactional
	public Banner create(Banner banner) {
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
		if (banner.showFrom() != null && banner.showUntil() != null
				&& !banner.showFrom().isBefore(banner.showUntil())) {
			throw new BadRequestException("showUntil", "showUntil must be after showFrom");
		}
		long id = this.repository.insert(banner, this.clock.instant());
		this.cache.invalidateAll();
		return findAll().stream().filter((b) -> b.id() == id).findFirst().orElseThrow();
	}

	private static boolean isSafeLink(String link) {
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
