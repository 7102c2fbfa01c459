package com.newscenter.analytics;

import jakarta.annotation.PreDestroy;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes counted views every flush interval and a last time on shutdown, and reads back
 * other nodes' counts every refresh interval.
 */
@Component
class ViewFlusher {

	private final ViewCounter counter;

	ViewFlusher(ViewCounter counter) {
		this.counter = counter;
	}

	@Scheduled(fixedDelayString = "${newscenter.views.flush-interval:PT1S}")
	void flush() {
		this.counter.flush();
	}

	@Scheduled(fixedDelayString = "${newscenter.views.refresh-interval:PT2S}")
	void refresh() {
		this.counter.refresh();
	}

	/**
	 * Runs after the web server has stopped taking requests, before the database closes.
	 */
	@PreDestroy
	void flushOnShutdown() {
		this.counter.flush();
	}

}
