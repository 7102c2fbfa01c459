package com.newscenter.account.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.newscenter.system.NewsCenterProperties;

import org.springframework.stereotype.Component;

/**
 * Shows times in the account pages to the minute, in the site's time zone.
 */
@Component
class AdminTimes {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ZoneId zone;

	AdminTimes(NewsCenterProperties properties) {
		this.zone = properties.timeZone();
	}

	String format(Instant instant) {
		return (instant != null) ? FORMAT.format(instant.atZone(this.zone)) : null;
	}

}
