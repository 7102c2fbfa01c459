package com.newscenter.site.api;

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

	SettingsApiController(SiteSettingsService settings) {
		this.settings = settings;
	}

	@GetMapping
	SiteSettings get() {
		return this.settings.get();
	}

	@PutMapping
	SiteSettings put(@RequestBody SiteSettings input) {
		if (input.siteName() == null || input.siteName().isEmpty()) {
			throw new BadRequestException("siteName", "siteName must name the site in at least one language");
		}
		check("copyright", input.copyright());
		check("icpLicense", input.icpLicense());
		check("publicSecurityFiling", input.publicSecurityFiling());
		check("poweredBy", input.poweredBy());
		input.siteName().values().forEach((name) -> check("siteName", name));
		return this.settings.update(input);
	}

	private static void check(String field, String value) {
		if (value != null && value.length() > MAX_LENGTH) {
			throw new BadRequestException(field, field + " must be at most " + MAX_LENGTH + " characters");
		}
	}

}
