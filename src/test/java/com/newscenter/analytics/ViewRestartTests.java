package com.newscenter.analytics;

import java.nio.file.Path;
import java.util.UUID;

import com.newscenter.support.SiteClient;
import com.newscenter.NewsCenterApplication;
import com.newscenter.news.Article;
import com.newscenter.support.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that views counted but not yet written survive a graceful restart: the shutdown
 * flush writes them, as the hourly scheduled flush never gets to.
 */
class ViewRestartTests {

	private static final int VIEWS = 5;

	@TempDir
	Path dataDir;

	@Test
	void keepsCountedViewsAcrossAGracefulRestart() throws Exception {
		Article article;
		try (ConfigurableApplicationContext site = start()) {
			article = site.getBean(TestContent.class).article("en").create();
			SiteClient client = client(site);
			for (int i = 0; i < VIEWS; i++) {
				assertThat(client.view(article, UUID.randomUUID().toString())).isEqualTo(i + 1);
			}
			assertThat(StoredViews.total(site.getBean(JdbcClient.class), article.id())).isZero();
		}

		try (ConfigurableApplicationContext site = start()) {
			assertThat(StoredViews.total(site.getBean(JdbcClient.class), article.id())).isEqualTo(VIEWS);
			String json = client(site).get("/api/v1/articles/" + article.id()).body();
			assertThat(json).containsPattern("\"views\"\\s*:\\s*" + VIEWS + "\\b");
			assertThat(client(site).view(article, UUID.randomUUID().toString())).isEqualTo(VIEWS + 1);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(NewsCenterApplication.class).run(
				"--spring.datasource.url=jdbc:h2:file:" + this.dataDir.resolve("db/nc").toAbsolutePath(),
				"--newscenter.data-dir=" + this.dataDir.toAbsolutePath(), "--server.port=0",
				"--newscenter.demo-content=false", "--newscenter.views.flush-interval=PT1H");
	}

	private static SiteClient client(ConfigurableApplicationContext site) {
		return new SiteClient(site.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
	}

}
