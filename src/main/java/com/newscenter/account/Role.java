package com.newscenter.account;

/**
 * What a back-office user may do: authors write their own articles, editors handle all
 * content, administrators also manage users and settings.
 */
public enum Role {

	/** Manages users and settings, and does everything editors do. */
	ADMIN,
	/** Writes, reviews, schedules and publishes all content. */
	EDITOR,
	/** Writes and submits their own articles. */
	AUTHOR

}
