package com.newscenter.system.web;

/**
 * Drops the control characters that text pasted from other programs may carry and that
 * nothing here can keep: PostgreSQL refuses NUL in text, and XML 1.0 (feeds, sitemaps)
 * has no way to write any of them. Tabs and line breaks stay.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/**
	 * Returns text without its control characters other than tab, line feed and carriage
	 * return.
	 * @param text the text, or {@code null}
	 * @return the same text when it has none, else a copy without them
	 */
	public static String strip(String text) {
		if (text == null || text.chars().noneMatch(ControlCharacters::isDropped)) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		text.chars().filter((c) -> !isDropped(c)).forEach((c) -> kept.append((char) c));
		return kept.toString();
	}

	private static boolean isDropped(int c) {
		return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
	}

}
