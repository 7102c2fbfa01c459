package com.newscenter.account;

/**
 * A token with the user it belongs to, as administrators see everyone's tokens to revoke
 * one that leaked or outlived its use.
 *
 * @param token the token
 * @param userId whose it is
 * @param username their name
 */
public record UserToken(ApiToken token, long userId, String username) {
}
