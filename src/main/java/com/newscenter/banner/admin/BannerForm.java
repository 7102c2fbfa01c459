package com.newscenter.banner.admin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.newscenter.banner.Banner;
import com.newscenter.system.web.BadRequestException;

/**
 * The banner form as typed: every field kept as text so a refused form shows exactly what
 * was entered; times are {@code datetime-local} values in the site's time zone.
 */
public class BannerForm {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private String image = "";

	private String title = "";

	private String link = "";

	private String language = "";

	private String position = "";

	private String showFrom = "";

	private String showUntil = "";

	private boolean enabled = true;

	/**
	 * Returns the form filled with a stored banner.
	 * @param banner the banner
	 * @param zone the site's time zone
	 * @return the form
	 */
	static BannerForm of(Banner banner, ZoneId zone) {
		BannerForm form = new BannerForm();
		form.image = String.valueOf(banner.imageMediaId());
		form.title = banner.title();
		form.link = (banner.link() != null) ? banner.link() : "";
		form.language = (banner.language() != null) ? banner.language() : "";
		form.position = String.valueOf(banner.position());
		form.showFrom = (banner.showFrom() != null) ? LOCAL.format(banner.showFrom().atZone(zone)) : "";
		form.showUntil = (banner.showUntil() != null) ? LOCAL.format(banner.showUntil().atZone(zone)) : "";
		form.enabled = banner.enabled();
		return form;
	}

	/**
	 * Returns the banner the form describes, or fails naming the field that cannot be
	 * read.
	 * @param id the banner's id, 0 for a new one
	 * @param zone the site's time zone
	 * @param nextPosition the position used when none is given
	 * @return the banner, still to be checked by the service
	 */
	Banner toBanner(long id, ZoneId zone, int nextPosition) {
		long imageId = number("image", this.image, "choose an image or upload one");
		int place = isBlank(this.position) ? nextPosition
				: (int) number("position", this.position, "position must be a whole number");
		return new Banner(id, isBlank(this.language) ? null : this.language.strip(), this.title.strip(),
				isBlank(this.link) ? null : this.link.strip(), imageId, place, time("showFrom", this.showFrom, zone),
				time("showUntil", this.showUntil, zone), this.enabled);
	}

	Long imageId() {
		try {
			return isBlank(this.image) ? null : Long.valueOf(this.image.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static long number(String field, String value, String message) {
		try {
			long number = Long.parseLong((value != null) ? value.strip() : "");
			if (number < 0 || number > Integer.MAX_VALUE) {
				throw new BadRequestException(field, message);
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException(field, message);
		}
	}

	private static Instant time(String field, String value, ZoneId zone) {
		if (isBlank(value)) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException(field, field + " must be a date and time");
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	public String getImage() {
		return this.image;
	}

	public void setImage(String image) {
		this.image = image;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = (title != null) ? title : "";
	}

	public String getLink() {
		return this.link;
	}

	public void setLink(String link) {
		this.link = link;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getPosition() {
		return this.position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public String getShowFrom() {
		return this.showFrom;
	}

	public void setShowFrom(String showFrom) {
		this.showFrom = showFrom;
	}

	public String getShowUntil() {
		return this.showUntil;
	}

	public void setShowUntil(String showUntil) {
		this.showUntil = showUntil;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
