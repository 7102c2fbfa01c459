package com.newscenter.news;

/**
 * A slide of the home page carousel.
 *
 * @param number its number as shown, 01, 02, …
 * @param title its caption
 * @param link where it leads, or {@code null}
 * @param image its image
 */
public record BannerSlide(String number, String title, String link, ImageView image) {
}
