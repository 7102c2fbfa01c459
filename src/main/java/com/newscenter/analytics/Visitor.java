package com.newscenter.analytics;

/**
 * Who viewed a page, as far as view counting is concerned.
 *
 * @param key the visitor's id: the {@code nc_vid} cookie, or a digest of client address
 * and User-Agent
 * @param alias a second key that is the same visitor: on a cookieless first view, the
 * digest, so that later views with the newly set cookie and repeat cookieless views are
 * both recognised; otherwise {@code null}
 */
public record Visitor(String key, String alias) {
}
