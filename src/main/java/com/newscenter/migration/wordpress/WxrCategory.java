package com.newscenter.migration.wordpress;

/**
 * A category as a WordPress export lists it.
 *
 * @param slug its {@code category_nicename}, URL-decoded
 * @param parent the parent's slug, or an empty string
 * @param name its display name, as plain text
 */
record WxrCategory(String slug, String parent, String name) {
}
