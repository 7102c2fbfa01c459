package com.newscenter.account;

import java.time.Instant;

/**
 * A user as the user list shows them, without the password hash.
 *
 * @param id the key
 * @param username the sign-in name
 * @param role what they may do
 * @param enabled whether they may sign in
 * @param createdAt when the account was created
 */
public record UserSummary(long id, String username, Role role, boolean enabled, Instant createdAt) {
}
