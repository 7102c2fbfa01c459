package com.newscenter.migration;

import java.nio.file.Path;

import com.newscenter.media.MediaService;
import com.newscenter.system.NewsCenterProperties;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Restores the backup named by {@code newscenter.restore-from} right after the schema
 * migrations, before anything reads the database: no cache, counter, search index or demo
 * loader ever sees the empty site.
 */
@Configuration(proxyBeanMethods = false)
class RestoreConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(RestoreConfiguration.class);

	@Bean
	FlywayMigrationStrategy migrateThenRestore(NewsCenterProperties properties, JsonMapper json) {
		return (flyway) -> {
			flyway.migrate();
			Path archive = properties.restoreFrom();
			if (archive == null || archive.toString().isBlank()) {
				return;
			}
			MigrationVersion version = flyway.info().current().getVersion();
			BackupManifest manifest = new BackupRestorer(flyway.getConfiguration().getDataSource(), json,
					MediaService.mediaFolder(properties))
				.restore(archive, version);
			logger.info(
					"Restored the backup {} written at {}: {} articles, {} users, {} media files. "
							+ "Remove newscenter.restore-from before the next start.",
					archive, manifest.createdAt(), manifest.rowsOf("article"), manifest.rowsOf("app_user"),
					manifest.mediaFiles());
		};
	}

}
