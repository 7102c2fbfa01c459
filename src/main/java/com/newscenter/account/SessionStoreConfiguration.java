package com.newscenter.account;

import com.newscenter.system.Databases;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Lets two requests of one back-office session add the same attribute at once (two tabs
 * saving at the same moment, on one node or two): Spring Session stores a new attribute
 * with a plain {@code INSERT}, so the second request failed on the table's key; here it
 * replaces the first one's value instead.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/** H2's form of the upsert Spring Session has for PostgreSQL. */
	static final String H2_CREATE_ATTRIBUTE = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			VALUES (?, ?, ?)
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributeUpserts(JdbcTemplate jdbc) {
		if (Databases.isPostgres(jdbc)) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		return (repository) -> repository.setCreateSessionAttributeQuery(H2_CREATE_ATTRIBUTE);
	}

}
