package com.newscenter.site.api;

import java.util.Map;

import com.newscenter.account.Actor;
import com.newscenter.account.StaffPrincipal;
import com.newscenter.site.SiteSettings;
import com.newscenter.site.SiteSettingsService;
import com.newscenter.system.web.BadRequestException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

	private final SiteSettingsService settings;

	SettingsApiController(SiteSettingsService settings) {
		this.settings = settings;
	}

	@GetMapping
	SiteSettings get() {
		return this.settings.get();
	}

	@PutMapping
	SiteSettings put(@RequestBody SettingsInput input, @AuthenticationPrincipal StaffPrincipal principal) {
		if (input.siteName() == null || input.siteName().isEmpty()) {
			throw new BadRequestException("siteName", "siteName must name the site in at least one language");
		}
		input.siteName().forEach((language, name) -> {
			if (name == null) {
				throw new BadRequestException("siteName", "the site name in '" + language + "' is missing");
			}
		});
		return this.settings.update(new SiteSettings(input.siteName(), input.copyright(), input.icpLicense(),
				input.publicSecurityFiling(), input.poweredBy(), input.logo()), Actor.of(principal));
	}

	/**
	 * The settings as sent, checked here before they become {@link SiteSettings}, which
	 * cannot hold a missing site name; the service checks the rest.
	 *
	 * @param siteName the site's name per language code
	 * @param copyright the copyright line
	 * @param icpLicense the ICP licence number
	 * @param publicSecurityFiling the public-security filing number
	 * @param poweredBy the powered-by line
	 * @param logo the media id of the logo, or {@code null} for none
	 */
	record SettingsInput(Map<String, String> siteName, String copyright, String icpLicense, String publicSecurityFiling,
			String poweredBy, Long logo) {
	}

}
