package com.newscenter.site;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import com.newscenter.system.ContentReset;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the site settings; keeps them in memory because every page shows
 * them.
 */
@Service
public class SiteSettingsService {

	private static final String SITE_NAME = "siteName.";

	private final SiteSettingsRepository repository;

	private final Languages languages;

	/**
	 * One entry; re-read now and then so a change made on another node shows up here too.
	 */
	private final LoadingCache<String, SiteSettings> cache = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(10))
		.build((key) -> load());

	SiteSettingsService(SiteSettingsRepository repository, Languages languages) {
		this.repository = repository;
		this.languages = languages;
	}

	public SiteSettings get() {
		return this.cache.get("settings");
	}

	/**
	 * Replaces the settings; site names in languages the site does not have are refused.
	 * @param settings the new settings
	 * @return the settings as stored
	 */
	@Transactional
	public SiteSettings update(SiteSettings settings) {
		for (Map.Entry<String, String> name : settings.siteName().entrySet()) {
			this.languages.require(name.getKey());
			this.repository.put(SITE_NAME + name.getKey(), name.getValue());
		}
		for (String language : this.languages.all()) {
			if (!settings.siteName().containsKey(language)) {
				this.repository.remove(SITE_NAME + language);
			}
		}
		this.repository.put("copyright", settings.copyright());
		this.repository.put("icpLicense", settings.icpLicense());
		this.repository.put("publicSecurityFiling", settings.publicSecurityFiling());
		this.repository.put("poweredBy", settings.poweredBy());
		this.cache.invalidateAll();
		return get();
	}

	public boolean isEmpty() {
		return this.repository.findAll().isEmpty();
	}

	@EventListener(ContentReset.class)
	void onContentReset() {
		this.cache.invalidateAll();
	}

	private SiteSettings load() {
		Map<String, String> values = this.repository.findAll();
		Map<String, String> names = new HashMap<>();
		values.forEach((key, value) -> {
			if (key.startsWith(SITE_NAME)) {
				names.put(key.substring(SITE_NAME.length()), value);
			}
		});
		return new SiteSettings(names, values.get("copyright"), values.get("icpLicense"),
				values.get("publicSecurityFiling"), values.get("poweredBy"));
	}

}
