package com.newscenter.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL server started once per test JVM from Maven Central's binaries; each
 * Spring context gets a fresh database on it.
 */
public final class Postgres {

	private static EmbeddedPostgres server;

	private Postgres() {
	}

	/**
	 * Points the datasource of the test's Spring context at a new, empty database.
	 * @param registry the test's dynamic properties
	 */
	public static void register(DynamicPropertyRegistry registry) {
		String url = newDatabase();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "postgres");
	}

	/**
	 * Creates an empty database, for tests that start applications themselves.
	 * @return its JDBC URL; user and password are both {@code postgres}
	 */
	public static String newDatabase() {
		String database = "nc_" + UUID.randomUUID().toString().replace("-", "");
		EmbeddedPostgres postgres = server();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create test database", ex);
		}
		return postgres.getJdbcUrl("postgres", database);
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ex) {
					// the JVM is exiting anyway
				}
			}));
		}
		return server;
	}

}
