package com.newscenter.search.admin;

/**
 * What the back office shows of the search index, and what its progress bar polls.
 *
 * @param running whether a rebuild is going on
 * @param percent how far it got, 0 to 100
 * @param done articles indexed by it so far
 * @param total articles it has to index
 * @param progress the three as a sentence in the back office's language
 * @param documents articles the index holds
 * @param published articles published on the site
 * @param finishedAt when the last rebuild ended, or {@code null}
 * @param seconds how long it took, or {@code null}
 * @param error why it failed, or {@code null}
 */
public record SearchIndexView(boolean running, int percent, long done, long total, String progress, long documents,
		long published, String finishedAt, String seconds, String error) {
}
