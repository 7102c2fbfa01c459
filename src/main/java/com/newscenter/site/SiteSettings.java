package com.newscenter.site;

import java.util.Map;

/**
 * The site-wide texts of the header and footer: site name per language, logo and the
 * legal lines a site served in China must show.
 *
 * @param siteName the site's name per language code
 * @param copyright the copyright line
 * @param icpLicense the ICP licence number
 * @param publicSecurityFiling the public-security filing number
 * @param poweredBy the powered-by line
 * @param logo the media id of the logo shown beside the site name, or {@code null}
 */
public record SiteSettings(Map<String, String> siteName, String copyright, String icpLicense,
		String publicSecurityFiling, String poweredBy, Long logo) {

	public SiteSettings {
		siteName = Map.copyOf(siteName);
		copyright = (copyright != null) ? copyright : "";
		icpLicense = (icpLicense != null) ? icpLicense : "";
		publicSecurityFiling = (publicSecurityFiling != null) ? publicSecurityFiling : "";
		poweredBy = (poweredBy != null) ? poweredBy : "";
	}

	/**
	 * Creates settings without a logo.
	 * @param siteName the site's name per language code
	 * @param copyright the copyright line
	 * @param icpLicense the ICP licence number
	 * @param publicSecurityFiling the public-security filing number
	 * @param poweredBy the powered-by line
	 */
	public SiteSettings(Map<String, String> siteName, String copyright, String icpLicense, String publicSecurityFiling,
			String poweredBy) {
		this(siteName, copyright, icpLicense, publicSecurityFiling, poweredBy, null);
	}

	/**
	 * Returns the site name in a language, falling back to any name set, then to a
	 * default.
	 * @param language the language code
	 * @return the name to show
	 */
	public String siteName(String language) {
		String name = this.siteName.get(language);
		if (name != null && !name.isBlank()) {
			return name;
		}
		return this.siteName.values().stream().filter((n) -> !n.isBlank()).findFirst().orElse("NewsCenter");
	}

}
