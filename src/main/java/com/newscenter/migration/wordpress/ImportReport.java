package com.newscenter.migration.wordpress;

import java.util.List;

/**
 * What an import of a WordPress export did with each post, for the administrator who ran
 * it: the API's answer, and kept as JSON with its import for the page that shows it.
 *
 * @param site the WordPress site the export came from
 * @param categoriesCreated how many categories were created
 * @param imagesStored how many images were stored in the media library
 * @param imported the posts that are articles now
 * @param skipped the posts left out, with the reason
 * @param failed the posts that could not be imported, with the reason
 * @param otherItems how many other items (attachments, menus, revisions, …) the export
 * held
 */
public record ImportReport(String site, int categoriesCreated, int imagesStored, List<Post> imported,
		List<Post> skipped, List<Post> failed, int otherItems) {

	/**
	 * One post of the export.
	 *
	 * @param wordPressId its id in WordPress
	 * @param title its title
	 * @param articleId the article made of it (also when it was imported before), or
	 * {@code null}
	 * @param reason why it was skipped (a code, see {@code wordpress.reason.*} in the
	 * messages) or why it failed (a message)
	 * @param notes what the import changed or could not carry over
	 */
	public record Post(long wordPressId, String title, Long articleId, String reason, List<Note> notes) {
	}

	/**
	 * Something to know about an imported post.
	 *
	 * @param code what happened, see {@code wordpress.note.*} in the messages
	 * @param detail what it concerns, such as a file's path
	 */
	public record Note(String code, String detail) {
	}

}
