package com.newscenter.news;

/**
 * One link of a pagination bar.
 *
 * @param label what it reads
 * @param url where it leads, or {@code null} for the current page or a gap
 * @param current whether it is the page shown
 */
public record PageLink(String label, String url, boolean current) {
}
