package com.newscenter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Entry point of NewsCenter: the public news site, its back office and its JSON API.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class NewsCenterApplication {

	public static void main(String[] args) {
		SpringApplication.run(NewsCenterApplication.class, args);
	}

}
