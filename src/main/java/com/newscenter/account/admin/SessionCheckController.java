package com.newscenter.account.admin;

import com.newscenter.account.StaffPrincipal;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells an open back-office form whether its user is still signed in, with the CSRF token
 * to send: every form asks before it is sent (the editor also while text is unsaved), so
 * a sign-in that ended (after 30 idle minutes, or signed out in another tab) is caught
 * while what was entered is still on the page, instead of sending it to the sign-in page
 * and losing it.
 */
@RestController
class SessionCheckController {

	/**
	 * Where the check is; open to all, so an anonymous caller gets 401, not a redirect.
	 */
	static final String PATH = "/admin/session";

	@GetMapping(PATH)
	ResponseEntity<SessionCheck> check(Authentication authentication, CsrfToken csrf) {
		if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).cacheControl(CacheControl.noStore()).build();
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(new SessionCheck(csrf.getParameterName(), csrf.getToken()));
	}

	/**
	 * A signed-in user's answer.
	 *
	 * @param csrfParameter the form field of the CSRF token
	 * @param csrfToken the token to put in it
	 */
	record SessionCheck(String csrfParameter, String csrfToken) {
	}

}
