package com.newscenter.account;

/**
 * A back-office user.
 *
 * @param id the key
 * @param username the sign-in name
 * @param passwordHash the encoded password
 * @param role what they may do
 * @param enabled whether they may sign in
 */
public record User(long id, String username, String passwordHash, Role role, boolean enabled) {
}
