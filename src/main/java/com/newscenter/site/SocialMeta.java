package com.newscenter.site;

/**
 * The Open Graph and Twitter card fields of a page, as link previews show it.
 *
 * @param type the Open Graph type, such as {@code article}
 * @param title the title
 * @param description the description, or {@code null}
 * @param url the absolute canonical URL
 * @param siteName the site's name in the page's language
 * @param image the absolute URL of the preview image, or {@code null}
 * @param imageAlt the text alternative of the image
 * @param publishedTime the time of issue in ISO-8601, or {@code null}
 * @param modifiedTime the time of the last change in ISO-8601, or {@code null}
 */
public record SocialMeta(String type, String title, String description, String url, String siteName, String image,
		String imageAlt, String publishedTime, String modifiedTime) {

	/**
	 * Returns the Twitter card type: a large image when there is one.
	 * @return {@code summary_large_image} or {@code summary}
	 */
	public String twitterCard() {
		return (this.image != null) ? "summary_large_image" : "summary";
	}

}
