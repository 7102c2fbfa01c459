package com.newscenter.news;

import java.util.Locale;

/**
 * How an article stands against its version in another language, for the back office.
 *
 * @param language the other language
 * @param articleId the version in that language, or {@code null} when there is none
 * @param status missing, older than the original, or up to date
 */
public record TranslationState(String language, Long articleId, Status status) {

	/**
	 * Where a version stands.
	 */
	public enum Status {

		/** There is no version in that language. */
		MISSING,

		/** The translation changed less recently than its original. */
		OUTDATED,

		/** Both versions are in step. */
		CURRENT;

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

		/**
		 * Returns the status of a code such as {@code missing}.
		 * @param code the code, or {@code null}
		 * @return the status, or {@code null} for no or an unknown code
		 */
		public static Status of(String code) {
			for (Status status : values()) {
				if (status.code().equals(code)) {
					return status;
				}
			}
			return null;
		}

	}

}
