package com.newscenter.news;

/**
 * An image ready for an {@code <img>}: source, size and text alternative.
 *
 * @param url where it is served
 * @param width its width in pixels
 * @param height its height in pixels
 * @param alt its text alternative
 */
public record ImageView(String url, int width, int height, String alt) {
}
