package com.newscenter.migration.wordpress;

import java.time.Instant;
import java.util.Map;

/**
 * One {@code <item>} of a WordPress export: a post, page, attachment or anything else
 * WordPress keeps as a post, with the fields the import reads.
 *
 * @param id its {@code post_id}
 * @param type its {@code post_type}: {@code post}, {@code page}, {@code attachment}, …
 * @param status its {@code status}: {@code publish}, {@code future}, {@code draft}, …
 * @param title the title, as plain text
 * @param name its {@code post_name}, URL-decoded
 * @param content the body, as WordPress stores it
 * @param excerpt the hand-written excerpt, or an empty string
 * @param date when it was or is to be published, or {@code null} when the export has no
 * date
 * @param categories its categories: the name, as plain text, by slug
 * @param language its Polylang language slug, or {@code null}
 * @param translationGroup the Polylang term linking it to its translations, or
 * {@code null}
 * @param thumbnailId the attachment id of its featured image, or {@code null}
 * @param attachmentUrl for an attachment, the URL of its file
 * @param link its permalink on the WordPress site, or an empty string
 * @param creator the login of its author on the WordPress site, or an empty string
 */
record WxrItem(long id, String type, String status, String title, String name, String content, String excerpt,
		Instant date, Map<String, String> categories, String language, String translationGroup, Long thumbnailId,
		String attachmentUrl, String link, String creator) {
}
