package com.newscenter.analytics;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import com.newscenter.analytics.ViewCounterOutageTests.OutageDataSource;
import com.newscenter.support.MutableClock;
import com.newscenter.support.Postgres;
import com.newscenter.system.NewsCenterProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dedup window the nodes share on PostgreSQL: a pair is taken once per window, a
 * claim that could not be written is tried again, a view taken back gives its claim up,
 * and claims past their window are deleted. Each {@link SharedVisits} here stands for a
 * node.
 */
@SpringBootTest
class SharedVisitsPostgresTests {

	private static final Duration WINDOW = Duration.ofMinutes(30);

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		Postgres.register(registry);
	}

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NewsCenterProperties properties;

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T08:00:00Z"));

	@BeforeEach
	void clean() {
		this.jdbc.update("DELETE FROM view_claim");
	}

	@Test
	void aPairIsTakenOncePerWindow() {
		SharedVisits first = node(this.dataSource);
		SharedVisits second = node(this.dataSource);
		assertThat(first.isEnabled()).isTrue();

		first.counted(7, "c:reader");
		second.counted(7, "c:reader");
		second.counted(8, "c:reader");
		second.counted(7, "c:someone-else");

		assertThat(first.settle()).isEmpty();
		assertThat(second.settle()).as("article 7 by the same reader").containsExactly(7L);

		this.clock.advance(WINDOW);
		second.counted(7, "c:reader");
		assertThat(second.settle()).as("once the window has passed").isEmpty();
		assertThat(this.jdbc.queryForList("SELECT visitor FROM view_claim", String.class)).as("digests, not the ids")
			.noneMatch((visitor) -> visitor.contains("reader"));
	}

	@Test
	void aClaimThatCouldNotBeWrittenIsTriedAgain() {
		OutageDataSource outage = new OutageDataSource(this.dataSource);
		SharedVisits first = node(this.dataSource);
		SharedVisits second = node(outage);
		first.counted(7, "c:reader");
		first.settle();
		second.counted(7, "c:reader");

		outage.down = true;
		assertThat(second.settle()).isEmpty();
		outage.down = false;

		assertThat(second.settle()).containsExactly(7L);
	}

	@Test
	void aViewTakenBackGivesUpItsClaim() {
		SharedVisits first = node(this.dataSource);
		SharedVisits second = node(this.dataSource);
		first.counted(7, "c:reader");
		first.withdrawn(7, "c:reader");
		assertThat(first.settle()).isEmpty();
		assertThat(count()).as("taken back before it was written: nothing claimed").isZero();

		first.counted(7, "c:reader");
		first.settle();
		first.withdrawn(7, "c:reader");
		first.settle();
		second.counted(7, "c:reader");

		assertThat(second.settle()).as("the claim was given up").isEmpty();
	}

	@Test
	void claimsPastTheirWindowAreDeleted() {
		SharedVisits node = node(this.dataSource);
		node.counted(7, "c:reader");
		node.counted(8, "c:reader");
		node.settle();
		this.clock.advance(Duration.ofMinutes(10));
		node.counted(9, "c:reader");
		node.settle();

		this.clock.advance(WINDOW.minusMinutes(5));
		node.forgetExpired();

		assertThat(this.jdbc.queryForList("SELECT article_id FROM view_claim", Long.class)).containsExactly(9L);
	}

	private SharedVisits node(DataSource source) {
		return new SharedVisits(new ViewClaimRepository(new JdbcTemplate(source)), this.jdbc, this.properties,
				this.clock);
	}

	private long count() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM view_claim", Long.class);
	}

}
