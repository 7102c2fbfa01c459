package com.newscenter.account;

import java.security.SecureRandom;
import java.util.Base64;

import com.newscenter.system.NewsCenterProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the {@code admin} user on first start, with the configured password or a random
 * one that is printed once.
 */
@Component
@Order(0)
class AdminUserInitializer implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(AdminUserInitializer.class);

	static final String ADMIN = "admin";

	private final AccountService accounts;

	private final NewsCenterProperties properties;

	AdminUserInitializer(AccountService accounts, NewsCenterProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.findByUsername(ADMIN).isPresent()) {
			return;
		}
		String password = this.properties.admin().password();
		if (password == null || password.isBlank()) {
			byte[] bytes = new byte[18];
			new SecureRandom().nextBytes(bytes);
			password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			logger.warn("Created user '{}' with generated password: {}  (shown only this once;"
					+ " set NEWSCENTER_ADMIN_PASSWORD to choose it)", ADMIN, password);
		}
		else {
			logger.info("Created user '{}' with the configured password", ADMIN);
		}
		this.accounts.create(ADMIN, password, Role.ADMIN);
	}

}
