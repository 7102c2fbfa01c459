package com.newscenter.analytics;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;

import javax.sql.DataSource;

import com.newscenter.news.Article;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import com.newscenter.system.NewsCenterProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that views counted while the database cannot be reached stay counted and are
 * written once it is back, even when no new view comes to trigger it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ViewCounterOutageTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	NewsCenterProperties properties;

	@Autowired
	TestContent content;

	@Autowired
	TestDatabase database;

	@Autowired
	JdbcClient jdbc;

	OutageDataSource outage;

	ViewCounter counter;

	@BeforeEach
	void setUp() {
		this.database.clean();
		this.outage = new OutageDataSource(this.dataSource);
		this.counter = new ViewCounter(
				new ViewRepository(JdbcClient.create(this.outage), new JdbcTemplate(this.outage)),
				new TransactionTemplate(new DataSourceTransactionManager(this.outage)), this.properties,
				Clock.systemUTC(), new SimpleMeterRegistry(),
				new SharedVisits(new ViewClaimRepository(new JdbcTemplate(this.outage)),
						new JdbcTemplate(this.dataSource), this.properties, Clock.systemUTC()));
	}

	@Test
	void writesViewsCountedDuringAnOutageOnceTheDatabaseIsBack() {
		Article article = this.content.article("en").create();
		this.counter.record(article.id(), 0, new Visitor("c:one", null));
		this.counter.record(article.id(), 0, new Visitor("c:two", null));

		this.outage.down = true;
		this.counter.flush();
		this.counter.refresh();
		assertThat(this.counter.current(article.id(), 0)).isEqualTo(2);

		this.outage.down = false;
		this.counter.flush();
		assertThat(StoredViews.total(this.jdbc, article.id())).isEqualTo(2);
		assertThat(StoredViews.daily(this.jdbc, article.id())).isEqualTo(2);
		assertThat(this.counter.current(article.id(), 0)).isEqualTo(2);
	}

	@Test
	void writesViewsOnceAfterAnOutageAlongWithNewOnes() {
		Article article = this.content.article("en").create();
		this.counter.record(article.id(), 0, new Visitor("c:one", null));

		this.outage.down = true;
		this.counter.flush();
		this.outage.down = false;
		this.counter.record(article.id(), 0, new Visitor("c:two", null));
		this.counter.flush();
		this.counter.flush();

		assertThat(StoredViews.total(this.jdbc, article.id())).isEqualTo(2);
		assertThat(this.counter.current(article.id(), 0)).isEqualTo(2);
	}

	/**
	 * The real database, unreachable while {@link #down} is set, as when the pool cannot
	 * get a connection.
	 */
	static class OutageDataSource extends DelegatingDataSource {

		volatile boolean down;

		OutageDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			if (this.down) {
				throw new SQLTransientConnectionException("Connection is not available");
			}
			return super.getConnection();
		}

	}

}
