package com.newscenter.site.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import com.newscenter.site.SiteSettings;

/**
 * The site settings form as typed: names per language, the footer lines and the logo,
 * which an upload replaces and a tick removes.
 */
public class SettingsForm {

	private Map<String, String> siteName = new LinkedHashMap<>();

	private String copyright = "";

	private String icpLicense = "";

	private String publicSecurityFiling = "";

	private String poweredBy = "";

	private String logo = "";

	private boolean removeLogo;

	static SettingsForm of(SiteSettings settings) {
		SettingsForm form = new SettingsForm();
		form.siteName.putAll(settings.siteName());
		form.copyright = settings.copyright();
		form.icpLicense = settings.icpLicense();
		form.publicSecurityFiling = settings.publicSecurityFiling();
		form.poweredBy = settings.poweredBy();
		form.logo = (settings.logo() != null) ? String.valueOf(settings.logo()) : "";
		return form;
	}

	/**
	 * Returns the settings the form describes; names left empty are left out.
	 * @return the settings, still to be checked by the service
	 */
	SiteSettings toSettings() {
		Map<String, String> names = new LinkedHashMap<>();
		this.siteName.forEach((language, name) -> {
			if (name != null && !name.isBlank()) {
				names.put(language, name.strip());
			}
		});
		return new SiteSettings(names, strip(this.copyright), strip(this.icpLicense), strip(this.publicSecurityFiling),
				strip(this.poweredBy), this.removeLogo ? null : logoId());
	}

	Long logoId() {
		try {
			return (this.logo == null || this.logo.isBlank()) ? null : Long.valueOf(this.logo.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : "";
	}

	public Map<String, String> getSiteName() {
		return this.siteName;
	}

	public void setSiteName(Map<String, String> siteName) {
		this.siteName = siteName;
	}

	public String getCopyright() {
		return this.copyright;
	}

	public void setCopyright(String copyright) {
		this.copyright = copyright;
	}

	public String getIcpLicense() {
		return this.icpLicense;
	}

	public void setIcpLicense(String icpLicense) {
		this.icpLicense = icpLicense;
	}

	public String getPublicSecurityFiling() {
		return this.publicSecurityFiling;
	}

	public void setPublicSecurityFiling(String publicSecurityFiling) {
		this.publicSecurityFiling = publicSecurityFiling;
	}

	public String getPoweredBy() {
		return this.poweredBy;
	}

	public void setPoweredBy(String poweredBy) {
		this.poweredBy = poweredBy;
	}

	public String getLogo() {
		return this.logo;
	}

	public void setLogo(String logo) {
		this.logo = logo;
	}

	public boolean isRemoveLogo() {
		return this.removeLogo;
	}

	public void setRemoveLogo(boolean removeLogo) {
		this.removeLogo = removeLogo;
	}

}
