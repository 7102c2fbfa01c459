package com.newscenter.migration.wordpress;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of an export's item as {@link WxrReader} meets them, in any order, until the
 * item's end makes them a {@link WxrItem}.
 */
final class ItemFields {

	long id = -1;

	String type = "";

	String status = "";

	String title = "";

	String name = "";

	String content = "";

	String excerpt = "";

	Instant date;

	Instant dateGmt;

	final Map<String, String> categories = new LinkedHashMap<>();

	String language;

	String translationGroup;

	Long thumbnailId;

	String attachmentUrl;

	String link = "";

	String creator = "";

	/**
	 * Returns the item read: its title made plain text, its excerpt trimmed, and its time
	 * in GMT when the export gives it.
	 * @return the item
	 */
	WxrItem toItem() {
		return new WxrItem(this.id, this.type, this.status, WordPressText.plain(this.title), this.name, this.content,
				this.excerpt.strip(), (this.dateGmt != null) ? this.dateGmt : this.date, this.categories, this.language,
				this.translationGroup, this.thumbnailId, this.attachmentUrl, this.link, this.creator);
	}

}
