package com.newscenter.banner.admin;

/**
 * A banner as the back-office list shows it.
 *
 * @param id the key
 * @param title the caption
 * @param thumbnailUrl where its image is served, or {@code null} when the image is gone
 * @param language its language code, or {@code null} for all
 * @param link where it leads, or {@code null}
 * @param position its place in the carousel
 * @param showFrom the start of its window in the site's time zone, or empty
 * @param showUntil the end of its window in the site's time zone, or empty
 * @param enabled whether it is switched on
 * @param first whether it comes first
 * @param last whether it comes last
 */
public record BannerRow(long id, String title, String thumbnailUrl, String language, String link, int position,
		String showFrom, String showUntil, boolean enabled, boolean first, boolean last) {
}
