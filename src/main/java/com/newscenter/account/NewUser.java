package com.newscenter.account;

/**
 * What an administrator fills in to create a user, as typed; the service checks it.
 *
 * @param username 3 to 50 letters, digits, dots, underscores or hyphens
 * @param password at least 10 characters
 * @param role {@code ADMIN}, {@code EDITOR} or {@code AUTHOR}
 */
public record NewUser(String username, String password, String role) {
}
