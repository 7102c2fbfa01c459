package com.newscenter.news;

import com.newscenter.system.web.BadRequestException;

/**
 * Checks and tidies the text fields of an article.
 */
final class ArticleFields {

	private ArticleFields() {
	}

	static String title(String title) {
		if (title == null || title.isBlank()) {
			throw new BadRequestException("title", "title is required");
		}
		return limited("title", title.strip(), 300);
	}

	static String summary(String summary) {
		return (summary != null) ? limited("summary", summary.strip(), 1000) : "";
	}

	static String seoTitle(String seoTitle) {
		return blankToNull(limited("seoTitle", seoTitle, 300));
	}

	static String seoDescription(String seoDescription) {
		return blankToNull(limited("seoDescription", seoDescription, 500));
	}

	private static String limited(String field, String value, int max) {
		if (value != null && value.length() > max) {
			throw new BadRequestException(field, field + " must be at most " + max + " characters");
		}
		return value;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
