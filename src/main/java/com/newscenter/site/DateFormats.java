package com.newscenter.site;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.newscenter.system.NewsCenterProperties;

import org.springframework.stereotype.Component;

/**
 * Shows times of issue the way each language writes dates (2023-01-20, 2023年1月20日) in the
 * site's time zone.
 */
@Component
public class DateFormats {

	private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final ZoneId zone;

	DateFormats(NewsCenterProperties properties) {
		this.zone = properties.timeZone();
	}

	public String date(Instant instant, String lang) {
		if (instant == null) {
			return "";
		}
		DateTimeFormatter format = "zh".equals(lang) ? CHINESE_DATE : ISO_DATE;
		return format.format(instant.atZone(this.zone));
	}

	public String iso(Instant instant) {
		return (instant != null) ? DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(instant.atZone(this.zone).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)) : "";
	}

}
