package com.newscenter.site.api;

import java.util.Map;

import com.newscenter.site.Languages;
import com.newscenter.site.SiteSettings;
import com.newscenter.site.SiteSettingsService;
import com.newscenter.system.web.BadRequestException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Site settings in the JSON API: read by anyone, replaced by administrators.
 */
@RestController
@RequestMapping("/api/v1/settings")
class SettingsApiController {

	private static final int MAX_LENGTH = 500;

	private final SiteSettingsService settings;

	private final Languages languages;

	SettingsApiController(SiteSettingsService settings, Languages languages) {
		this.settings = settings;
		this.languages = languages;
	}

	@GetMapping
	SiteSettings get() {
		return this.settings.get();
	}

	@PutMapping
	SiteSettings put(@RequestBody SettingsInput input) {
		if (input.siteName() == null || input.siteName().isEmpty()) {
			throw new BadRequestException("siteName", "siteName must name the site in at least one language");
		}
		check("copyright", input.copyright());
		check("icpLicense", input.icpLicense());
		check("publicSecurityFiling", input.publicSecurityFiling());
		check("poweredBy", input.poweredBy());
		input.siteName().forEach((language, name) -> {
			if (!this.languages.isSupported(language)) {
				throw new BadRequestException("siteName", "'" + language + "' is not a language of this site");
			}
			if (name == null) {
				throw new BadRequestException("siteName", "the site name in '" + language + "' is missing");
			}
			check("siteName", name);
		});
		return this.settings.update(new SiteSettings(input.siteName(), input.copyright(), input.icpLicense(),
				input.publicSecurityFiling(), input.poweredBy()));
	}

	private static void check(String field, String value) {
		if (value != null && value.length() > MAX_LENGTH) {
			throw new BadRequestException(field, field + " must be at most " + MAX_LENGTH + " characters");
		}
	}

	/**
	 * The settings as sent, checked here before they become {@link SiteSettings}, which
	 * cannot hold a missing site name.
	 *
	 * @param siteName the site's name per language code
	 * @param copyright the copyright line
	 * @param icpLicense the ICP licence number
	 * @param publicSecurityFiling the public-security filing number
	 * @param poweredBy the powered-by line
	 */
	record SettingsInput(Map<String, String> siteName, String copyright, String icpLicense, String publicSecurityFiling,
			String poweredBy) {
	}

}
