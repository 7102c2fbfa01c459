package com.newscenter.analytics;

import jakarta.annotation.PreDestroy;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes counted views every flush interval and a last time on shutdown, reads back other
 * nodes' counts every refresh interval, and deletes the views shared with other nodes
 * once their window has passed.
 */
@Component
class ViewFlusher {

	private final ViewCounter counter;

	private final SharedVisits shared;

	ViewFlusher(ViewCounter counter, SharedVisits shared) {
		this.counter = counter;
		this.shared = shared;
	}

	@Scheduled(fixedDelayString = "${newscenter.views.flush-interval:PT1S}")
	void flush() {
		this.counter.flush();
	}

	@Scheduled(fixedDelayString = "${newscenter.views.refresh-interval:PT2S}")
	void refresh() {
		this.counter.refresh();
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void forgetExpiredClaims() {
		this.shared.forgetExpired();
	}

	/**
	 * Runs after the web server has stopped taking requests, before the database closes.
	 */
	@PreDestroy
	void flushOnShutdown() {
		this.counter.flush();
	}

}
