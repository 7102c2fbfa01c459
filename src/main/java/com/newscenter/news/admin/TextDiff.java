package com.newscenter.news.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A line-by-line difference of two texts (longest common subsequence), enough to show
 * what an edit changed in an article.
 */
final class TextDiff {

	private TextDiff() {
	}

	/**
	 * Compares two texts line by line; HTML is first broken after each closing block tag.
	 * @param before the older text
	 * @param after the newer text
	 * @return the lines, each kept, removed or added
	 */
	static List<Line> lines(String before, String after) {
		String[] a = split(before);
		String[] b = split(after);
		int[][] common = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<Line> lines = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i].equals(b[j])) {
				lines.add(new Line(Kind.SAME, a[i++]));
				j++;
			}
			else if (common[i + 1][j] >= common[i][j + 1]) {
				lines.add(new Line(Kind.REMOVED, a[i++]));
			}
			else {
				lines.add(new Line(Kind.ADDED, b[j++]));
			}
		}
		Arrays.stream(a, i, a.length).forEach((line) -> lines.add(new Line(Kind.REMOVED, line)));
		Arrays.stream(b, j, b.length).forEach((line) -> lines.add(new Line(Kind.ADDED, line)));
		return lines;
	}

	private static String[] split(String text) {
		if (text == null || text.isEmpty()) {
			return new String[0];
		}
		return text.replaceAll("(</(p|h[1-6]|li|ul|ol|blockquote|table|tr|figure|pre)>)", "$1\n").split("\n");
	}

	/** Whether a line stayed, went or came. */
	enum Kind {

		/** In both texts. */
		SAME,
		/** Only in the older text. */
		REMOVED,
		/** Only in the newer text. */
		ADDED

	}

	/**
	 * One line of a difference.
	 *
	 * @param kind what happened to it
	 * @param text the line
	 */
	record Line(Kind kind, String text) {

		public boolean added() {
			return this.kind == Kind.ADDED;
		}

		public boolean removed() {
			return this.kind == Kind.REMOVED;
		}

	}

}
