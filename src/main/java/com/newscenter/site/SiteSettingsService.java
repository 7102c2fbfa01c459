package com.newscenter.site;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.newscenter.account.Actor;
import com.newscenter.audit.Audited;
import com.newscenter.media.Media;
import com.newscenter.media.MediaService;
import com.newscenter.system.Caches;
import com.newscenter.system.ContentChangedElsewhere;
import com.newscenter.system.ContentReset;
import com.newscenter.system.web.BadRequestException;
import com.newscenter.system.web.ForbiddenException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the site settings, the latter for administrators only; keeps them in
 * memory because every page shows them.
 */
@Service
public class SiteSettingsService {

	/** The longest value any setting may have. */
	public static final int MAX_LENGTH = 500;

	private static final String SITE_NAME = "siteName.";

	private static final String LOGO = "logo";

	private final SiteSettingsRepository repository;

	private final Languages languages;

	private final MediaService media;

	private final ApplicationEventPublisher events;

	/**
	 * One entry; re-read now and then so a change made on another node shows up here too.
	 */
	private final LoadingCache<String, Loaded> cache = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(10))
		.build((key) -> load());

	SiteSettingsService(SiteSettingsRepository repository, Languages languages, MediaService media,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.languages = languages;
		this.media = media;
		this.events = events;
	}

	public SiteSettings get() {
		return this.cache.get("settings").settings();
	}

	/**
	 * Returns where the logo is served, for the page header.
	 * @return the logo's site path, or {@code null} without a logo
	 */
	public String logoUrl() {
		return this.cache.get("settings").logoUrl();
	}

	/**
	 * Fails unless the actor may change the settings: administrators may.
	 * @param actor who asks
	 * @throws ForbiddenException when they may not
	 */
	public void checkCanChange(Actor actor) {
		if (actor == null || !actor.isAdmin()) {
			throw new ForbiddenException("Only administrators may change the site settings");
		}
	}

	/**
	 * Replaces the settings: site names only in the site's languages, every text at most
	 * {@value #MAX_LENGTH} characters, the logo an existing image.
	 * @param settings the new settings
	 * @param actor who changes them
	 * @return the settings as stored
	 */
	@Transactional
	public SiteSettings update(SiteSettings settings, Actor actor) {
		checkCanChange(actor);
		check(settings);
		for (String language : this.languages.all()) {
			String name = settings.siteName().get(language);
			if (name != null) {
				this.repository.put(SITE_NAME + language, name);
			}
			else {
				this.repository.remove(SITE_NAME + language);
			}
		}
		this.repository.put("copyright", settings.copyright());
		this.repository.put("icpLicense", settings.icpLicense());
		this.repository.put("publicSecurityFiling", settings.publicSecurityFiling());
		this.repository.put("poweredBy", settings.poweredBy());
		if (settings.logo() != null) {
			this.repository.put(LOGO, String.valueOf(settings.logo()));
		}
		else {
			this.repository.remove(LOGO);
		}
		Caches.invalidateNowAndAfterCommit(this.cache);
		this.events.publishEvent(new Audited(actor, "settings.update", "settings",
				settings.siteName() + ", logo " + settings.logo() + ", " + settings.icpLicense()));
		return get();
	}

	private void check(SiteSettings settings) {
		if (settings.siteName().isEmpty()) {
			throw new BadRequestException("siteName", "siteName must name the site in at least one language");
		}
		settings.siteName().forEach((language, name) -> {
			if (!this.languages.isSupported(language)) {
				throw new BadRequestException("siteName", "'" + language + "' is not a language of this site");
			}
			checkLength("siteName", name);
		});
		checkLength("copyright", settings.copyright());
		checkLength("icpLicense", settings.icpLicense());
		checkLength("publicSecurityFiling", settings.publicSecurityFiling());
		checkLength("poweredBy", settings.poweredBy());
		if (settings.logo() != null && this.media.findById(settings.logo()).isEmpty()) {
			throw new BadRequestException("logo", "no image with id " + settings.logo());
		}
	}

	private static void checkLength(String field, String value) {
		if (value.length() > MAX_LENGTH) {
			throw new BadRequestException(field, field + " must be at most " + MAX_LENGTH + " characters");
		}
	}

	public boolean isEmpty() {
		return this.repository.findAll().isEmpty();
	}

	@EventListener({ ContentReset.class, ContentChangedElsewhere.class })
	void onStoredContentChanged() {
		this.cache.invalidateAll();
	}

	private Loaded load() {
		Map<String, String> values = this.repository.findAll();
		Map<String, String> names = new HashMap<>();
		values.forEach((key, value) -> {
			if (key.startsWith(SITE_NAME)) {
				names.put(key.substring(SITE_NAME.length()), value);
			}
		});
		Long logo = parseId(values.get(LOGO));
		String logoUrl = (logo != null) ? this.media.findById(logo).map(Media::url).orElse(null) : null;
		return new Loaded(new SiteSettings(names, values.get("copyright"), values.get("icpLicense"),
				values.get("publicSecurityFiling"), values.get("poweredBy"), logo), logoUrl);
	}

	private static Long parseId(String value) {
		try {
			return (value != null) ? Long.valueOf(value) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * The settings as read, with the logo's URL looked up once.
	 *
	 * @param settings the settings
	 * @param logoUrl the logo's site path, or {@code null}
	 */
	private record Loaded(SiteSettings settings, String logoUrl) {
	}

}
