package com.newscenter.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import com.newscenter.NewsCenterApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
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
	 * Starts the whole application as one node on a database of this server, on a free
	 * port, as tests of several nodes or of restarts do.
	 * @param url the database, from {@link #newDatabase()}
	 * @param properties more {@code --name=value} arguments
	 * @return the running application; close it to stop the node
	 */
	public static ConfigurableApplicationContext node(String url, String... properties) {
		String[] args = new String[properties.length + 4];
		args[0] = "--server.port=0";
		args[1] = "--spring.datasource.url=" + url;
		args[2] = "--spring.datasource.username=postgres";
		args[3] = "--spring.datasource.password=postgres";
		System.arraycopy(properties, 0, args, 4, properties.length);
		return new SpringApplicationBuilder(NewsCenterApplication.class).run(args);
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
