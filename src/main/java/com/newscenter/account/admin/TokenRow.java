package com.newscenter.account.admin;

/**
 * A row of a token list, times formatted.
 *
 * @param id the key
 * @param name what its owner called it, or {@code null} when issued by the token API
 * @param created when it was issued
 * @param expires when it stops working
 * @param lastUsed when it was last used, or {@code null}
 * @param username whose it is, in the administrator's list of other users' tokens;
 * {@code null} in the user's own list
 */
public record TokenRow(long id, String name, String created, String expires, String lastUsed, String username) {
}
