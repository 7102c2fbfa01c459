package com.newscenter.account;

import java.time.Instant;

/**
 * An API token as its owner sees it in the back office; its value is never stored.
 *
 * @param id the key
 * @param name what its owner called it, or {@code null} for tokens from
 * {@code POST /api/v1/auth/token}
 * @param createdAt when it was issued
 * @param expiresAt when it stops working
 * @param lastUsedAt when it last signed in a request (to the minute), or {@code null}
 */
public record ApiToken(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {
}
