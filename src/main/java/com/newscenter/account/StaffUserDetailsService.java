package com.newscenter.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Lets the back-office sign-in form check users against the database.
 */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	StaffUserDetailsService(UserRepository users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		User user = this.users.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No user " + username));
		return org.springframework.security.core.userdetails.User.withUsername(user.username())
			.password(user.passwordHash())
			.roles(user.role().name())
			.disabled(!user.enabled())
			.build();
	}

}
