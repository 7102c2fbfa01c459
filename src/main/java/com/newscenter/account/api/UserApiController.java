package com.newscenter.account.api;

import com.newscenter.account.NewUser;
import com.newscenter.account.Role;
import com.newscenter.account.StaffPrincipal;
import com.newscenter.account.UserAdministration;
import com.newscenter.account.UserSummary;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets administrators create users through the API.
 */
@RestController
@RequestMapping("/api/v1/users")
class UserApiController {

	private final UserAdministration users;

	UserApiController(UserAdministration users) {
		this.users = users;
	}

	@PostMapping
	ResponseEntity<UserJson> create(@AuthenticationPrincipal StaffPrincipal actor, @RequestBody NewUser input) {
		UserSummary user = this.users.create(actor, input);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new UserJson(user.id(), user.username(), user.role(), user.enabled()));
	}

	/**
	 * A user as the API shows them.
	 *
	 * @param id the key
	 * @param username the sign-in name
	 * @param role what they may do
	 * @param enabled whether they may sign in
	 */
	record UserJson(long id, String username, Role role, boolean enabled) {
	}

}
