package com.newscenter.account.api;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import com.newscenter.account.AccountService;
import com.newscenter.system.web.BadRequestException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Exchanges a username and password for an API token; throttled per username and client
 * address (429, see {@link AccountApiErrors}).
 */
@RestController
@RequestMapping("/api/v1/auth")
class TokenApiController {

	private final AccountService accounts;

	TokenApiController(AccountService accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/token")
	ResponseEntity<TokenJson> token(@RequestBody Credentials credentials, HttpServletRequest request) {
		if (credentials.username() == null || credentials.password() == null) {
			throw new BadRequestException("username", "username and password are required");
		}
		return this.accounts.issueToken(credentials.username(), credentials.password(), request.getRemoteAddr())
			.map((issued) -> ResponseEntity.ok(new TokenJson(issued.token(), issued.expiresAt())))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Wrong username or password"));
	}

	/**
	 * What a client signs in with.
	 *
	 * @param username the username
	 * @param password the password
	 */
	record Credentials(String username, String password) {
	}

	/**
	 * An issued token.
	 *
	 * @param token the bearer token
	 * @param expiresAt when it stops working
	 */
	record TokenJson(String token, Instant expiresAt) {
	}

}
