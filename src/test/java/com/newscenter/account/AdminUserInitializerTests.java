package com.newscenter.account;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import com.newscenter.NewsCenterApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code admin} user exists after the first start, with the configured password or a
 * generated one that is printed once.
 */
@ExtendWith(OutputCaptureExtension.class)
class AdminUserInitializerTests {

	@Test
	void createsAdminWithTheConfiguredPassword() {
		try (ConfigurableApplicationContext context = start("newscenter.admin.password=s3cret-Configured")) {
			AccountService accounts = context.getBean(AccountService.class);
			assertThat(accounts.issueToken("admin", "s3cret-Configured")).isPresent();
			assertThat(accounts.findByUsername("admin")).get().extracting(User::role).isEqualTo(Role.ADMIN);
			assertThat(accounts.findByUsername("admin").get().passwordHash()).startsWith("{bcrypt}");
		}
	}

	@Test
	void generatesAndPrintsAPasswordOnceWhenNoneIsConfigured(CapturedOutput output) {
		String url = "jdbc:h2:mem:admin-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
		try (ConfigurableApplicationContext context = start("newscenter.admin.password=",
				"spring.datasource.url=" + url)) {
			Matcher printed = Pattern.compile("generated password: (\\S+)").matcher(output.getOut());
			assertThat(printed.find()).isTrue();
			assertThat(context.getBean(AccountService.class).issueToken("admin", printed.group(1))).isPresent();
		}
		int before = output.getOut().split("generated password", -1).length;
		try (ConfigurableApplicationContext context = start("newscenter.admin.password=",
				"spring.datasource.url=" + url)) {
			assertThat(output.getOut().split("generated password", -1)).hasSize(before);
		}
	}

	private static ConfigurableApplicationContext start(String... properties) {
		SpringApplication application = new SpringApplicationBuilder(NewsCenterApplication.class).build();
		String[] args = java.util.stream.Stream
			.concat(java.util.stream.Stream.of("server.port=0", "logging.level.com.newscenter=INFO"),
					java.util.Arrays.stream(properties))
			.map((p) -> "--" + p)
			.toArray(String[]::new);
		return application.run(args);
	}

}
