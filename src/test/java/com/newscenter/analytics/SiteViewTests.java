package com.newscenter.analytics;

import com.newscenter.support.SiteClient;
import com.newscenter.support.TestContent;
import com.newscenter.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every view-counting test over real HTTP starts from: the running site, an empty
 * database, a client and a way to read stored counts.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class SiteViewTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestContent content;

	@Autowired
	TestDatabase database;

	@Autowired
	ViewCounter counter;

	@Autowired
	JdbcClient jdbc;

	SiteClient site;

	@BeforeEach
	void setUp() {
		this.database.clean();
		this.site = new SiteClient(this.port);
	}

}
