package com.newscenter.news;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where an article stands in its life: only {@link #PUBLISHED} ones are on the public
 * site.
 */
public enum ArticleStatus {

	/** Being written. */
	DRAFT,
	/** Submitted for an editor's review. */
	REVIEW,
	/** Approved, to appear at its time of issue. */
	SCHEDULED,
	/** On the site. */
	PUBLISHED,
	/** Taken off the site. */
	UNPUBLISHED;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Parses the lower-case code used by the API.
	 * @param code the code
	 * @return the status
	 * @throws IllegalArgumentException for an unknown code
	 */
	@JsonCreator
	public static ArticleStatus fromCode(String code) {
		for (ArticleStatus status : values()) {
			if (status.code().equals(code)) {
				return status;
			}
		}
		throw new IllegalArgumentException("Unknown status '" + code + "'");
	}

}
