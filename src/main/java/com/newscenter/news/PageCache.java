package com.newscenter.news;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.newscenter.audit.Audited;
import com.newscenter.system.ContentChangedElsewhere;
import com.newscenter.system.ContentReset;
import com.newscenter.system.NewsCenterProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps rendered public pages in memory and drops them all whenever content changes on
 * this node, or, on PostgreSQL, on another node, so a popular page is rendered once, not
 * on every request.
 */
@Component
class PageCache {

	private final Cache<String, CachedPage> pages;

	/**
	 * Counts content changes: a page rendered while one happened is not kept, since it
	 * may show what was there before.
	 */
	private final AtomicLong generation = new AtomicLong();

	private final Counter hits;

	private final Counter misses;

	private final ContentVersion version;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PageCache(NewsCenterProperties properties, MeterRegistry meters, ContentVersion version,
			ApplicationEventPublisher events, Clock clock) {
		this.version = version;
		this.clock = clock;
		this.events = events;
		NewsCenterProperties.PageCache settings = properties.pageCache();
		this.pages = Caffeine.newBuilder()
			.expireAfterWrite(settings.timeToLive())
			.maximumWeight(settings.maxSize().toBytes())
			.weigher((String key, CachedPage page) -> key.length() + page.weight())
			.build();
		this.hits = meters.counter("newscenter.page-cache.requests", "result", "hit");
		this.misses = meters.counter("newscenter.page-cache.requests", "result", "miss");
	}

	/**
	 * Returns the page kept under a key, counting the hit or miss.
	 * @param key the page's key
	 * @return the page, or {@code null}
	 */
	CachedPage get(String key) {
		CachedPage page = this.pages.getIfPresent(key);
		if (page != null && !page.isCurrent(this.clock)) {
			this.pages.asMap().remove(key, page);
			page = null;
		}
		((page != null) ? this.hits : this.misses).increment();
		return page;
	}

	/**
	 * Returns the current content generation, to be passed to {@link #put} once the page
	 * rendered after this call is ready.
	 * @return the generation
	 */
	long generation() {
		return this.generation.get();
	}

	/**
	 * Keeps a page unless content changed since its rendering began.
	 * @param key the page's key
	 * @param page the page
	 * @param renderedIn the generation read before the page was rendered
	 */
	void put(String key, CachedPage page, long renderedIn) {
		if (this.generation.get() != renderedIn) {
			return;
		}
		this.pages.put(key, page);
		if (this.generation.get() != renderedIn) {
			// content changed while the page was being stored: the change's clearing
			// may have run before the put
			this.pages.invalidate(key);
		}
	}

	/**
	 * Drops every page, here and, on PostgreSQL, on the other nodes.
	 */
	void clear() {
		dropAll();
		this.version.raise();
	}

	/**
	 * Tells the other nodes whether this node changed content, then drops every page, and
	 * what the caches below the pages hold, when another node changed content since the
	 * last look.
	 */
	@Scheduled(fixedDelayString = "${newscenter.page-cache.follow-interval:PT1S}")
	void followOtherNodes() {
		this.version.tellOthers();
		if (this.version.changedElsewhere()) {
			// the caches pages are rendered from first, so no page is rendered again from
			// what they held
			this.events.publishEvent(new ContentChangedElsewhere());
			dropAll();
		}
	}

	private void dropAll() {
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onArticleChanged(ArticleChanged event) {
		clear();
	}

	/**
	 * Every write by staff — categories, banners, settings, media — is audited, and any
	 * of them may show on a public page.
	 * @param event the write
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void onAudited(Audited event) {
		if (event.concernsPublicPages()) {
			clear();
		}
	}

	@EventListener(ContentReset.class)
	void onContentReset() {
		clear();
	}

}
