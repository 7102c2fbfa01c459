package com.newscenter.banner;

import java.time.Instant;

/**
 * A slide of the home page carousel, optionally limited to one language and a time
 * window.
 *
 * @param id the key
 * @param language the language it shows in, or {@code null} for all
 * @param title the caption, also the image's text alternative
 * @param link where it leads, or {@code null}
 * @param imageMediaId the image
 * @param position the place in the carousel
 * @param showFrom shown from this time on, or always
 * @param showUntil shown until this time, or always
 * @param enabled whether it is shown at all
 */
public record Banner(long id, String language, String title, String link, long imageMediaId, int position,
		Instant showFrom, Instant showUntil, boolean enabled) {

	/**
	 * Tells whether the banner shows at a time in a language.
	 * @param lang the page's language
	 * @param now the time
	 * @return whether it shows
	 */
	public boolean showsAt(String lang, Instant now) {
		return (this.language == null || this.language.equals(lang)) && showsAt(now);
	}

	/**
	 * Tells whether the banner shows at a time in its language, or in all.
	 * @param now the time
	 * @return whether it is on and inside its show window
	 */
	public boolean showsAt(Instant now) {
		return this.enabled && (this.showFrom == null || !now.isBefore(this.showFrom))
				&& (this.showUntil == null || now.isBefore(this.showUntil));
	}

	/**
	 * Returns the first time after a given one at which the banner starts or stops
	 * showing.
	 * @param now the time
	 * @return the start or end of its window after {@code now}, or {@code null} when
	 * neither is still ahead or the banner is off
	 */
	public Instant nextChangeAfter(Instant now) {
		if (!this.enabled) {
			return null;
		}
		if (this.showFrom != null && this.showFrom.isAfter(now)) {
			return this.showFrom;
		}
		return (this.showUntil != null && this.showUntil.isAfter(now)) ? this.showUntil : null;
	}

}
