package com.newscenter.news;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled articles on time, whether or not anyone visits; the first run,
 * right at start, catches up on what fell due while the site was down. A database lock
 * makes one node at a time do it.
 */
@Component
class PublishingScheduler {

	private final ArticleEditor editor;

	PublishingScheduler(ArticleEditor editor) {
		this.editor = editor;
	}

	@Scheduled(fixedDelayString = "${newscenter.publishing.check-interval:PT0.5S}")
	@SchedulerLock(name = "publish-due-articles", lockAtMostFor = "PT30S")
	void publishDue() {
		this.editor.publishDue();
	}

}
