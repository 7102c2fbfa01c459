package com.newscenter.news;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled articles on time, whether or not anyone visits; the first run,
 * right at start, catches up on what fell due while the site was down.
 */
@Component
class PublishingScheduler {

	private final ArticleService articles;

	PublishingScheduler(ArticleService articles) {
		this.articles = articles;
	}

	@Scheduled(fixedDelayString = "${newscenter.publishing.check-interval:PT0.5S}")
	void publishDue() {
		this.articles.publishDue();
	}

}
