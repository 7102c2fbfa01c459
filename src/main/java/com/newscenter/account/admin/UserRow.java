package com.newscenter.account.admin;

/**
 * A row of the user list.
 *
 * @param id the key
 * @param username the sign-in name
 * @param role the role's name
 * @param enabled whether they may sign in
 * @param created when the account was created, formatted
 * @param self whether it is the signed-in administrator, who cannot change it here
 */
public record UserRow(long id, String username, String role, boolean enabled, String created, boolean self) {
}
