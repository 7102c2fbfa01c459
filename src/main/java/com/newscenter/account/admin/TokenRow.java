package com.newscenter.account.admin;

/**
 * A row of the own-token list, times formatted.
 *
 * @param id the key
 * @param name what its owner called it, or {@code null} when issued by the token API
 * @param created when it was issued
 * @param expires when it stops working
 * @param lastUsed when it was last used, or {@code null}
 */
public record TokenRow(long id, String name, String created, String expires, String lastUsed) {
}
