package com.newscenter.media.admin;

/**
 * One place an image is used.
 *
 * @param kind {@code cover}, {@code text} or {@code banner}
 * @param title the article's or banner's title
 * @param language the language code, or {@code null} for a banner in all languages
 * @param status the article's status code, or {@code null} for a banner
 * @param url where to see or change it in the back office
 */
public record MediaUse(String kind, String title, String language, String status, String url) {
}
