package com.newscenter.system;

/**
 * Published when another node sharing the database changed what the public pages show, so
 * this node's in-memory caches drop what they hold rather than wait for it to expire.
 */
public record ContentChangedElsewhere() {
}
