package com.newscenter.banner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.newscenter.account.Actor;
import com.newscenter.audit.Audited;
import com.newscenter.system.Caches;
import com.newscenter.system.ContentChangedElsewhere;
import com.newscenter.system.ContentReset;
import com.newscenter.system.web.ForbiddenException;
import com.newscenter.system.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides which banners the carousel shows and lets editors create, change, reorder and
 * delete them, each write audited.
 */
@Service
public class BannerService {

	private final BannerRepository repository;

	private final BannerChecks checks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final LoadingCache<String, List<Banner>> cache = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(10))
		.build((key) -> load());

	BannerService(BannerRepository repository, BannerChecks checks, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.checks = checks;
		this.events = events;
		this.clock = clock;
	}

	@EventListener({ ContentReset.class, ContentChangedElsewhere.class })
	void onStoredContentChanged() {
		this.cache.invalidateAll();
	}

	private List<Banner> load() {
		return this.repository.findAll();
	}

	/**
	 * Returns every banner in carousel order.
	 * @return the banners
	 */
	public List<Banner> findAll() {
		return this.cache.get("all");
	}

	public Optional<Banner> findById(long id) {
		return findAll().stream().filter((b) -> b.id() == id).findFirst();
	}

	/**
	 * Returns the banners, shown now or not, whose image is a given one.
	 * @param mediaId the image
	 * @return the banners, in carousel order
	 */
	public List<Banner> showingImage(long mediaId) {
		return findAll().stream().filter((banner) -> banner.imageMediaId() == mediaId).toList();
	}

	/**
	 * Removes the banners whose image is a given one, before that image is deleted: a
	 * banner cannot be without its image.
	 * @param mediaId the image
	 * @param actor who deletes the image
	 */
	@Transactional
	public void deleteShowingImage(long mediaId, Actor actor) {
		int removed = this.repository.deleteByImage(mediaId);
		this.cache.invalidateAll();
		if (removed > 0) {
			this.events.publishEvent(new Audited(actor, "banner.delete", "media:" + mediaId,
					removed + " banner(s) showing the deleted image"));
		}
	}

	/**
	 * Returns the banners showing now in any language, in carousel order.
	 * @return the banners
	 */
	public List<Banner> showing() {
		return findAll().stream().filter((b) -> b.showsAt(this.clock.instant())).toList();
	}

	/**
	 * Returns the banners showing now in a language, in carousel order.
	 * @param language the page's language
	 * @return the banners
	 */
	public List<Banner> showing(String language) {
		return carousel(language).banners();
	}

	/**
	 * Returns the banners showing now in a language, and when that next changes.
	 * @param language the page's language
	 * @return the carousel as it is now
	 */
	public Carousel carousel(String language) {
		Instant now = this.clock.instant();
		List<Banner> showing = new ArrayList<>();
		Instant changesAt = null;
		for (Banner banner : findAll()) {
			if (banner.language() != null && !banner.language().equals(language)) {
				continue;
			}
			if (banner.showsAt(now)) {
				showing.add(banner);
			}
			Instant next = banner.nextChangeAfter(now);
			if (next != null && (changesAt == null || next.isBefore(changesAt))) {
				changesAt = next;
			}
		}
		return new Carousel(List.copyOf(showing), changesAt);
	}

	/**
	 * Returns the position that puts a new banner last in the carousel.
	 * @return the next free position
	 */
	public int nextPosition() {
		return findAll().stream().mapToInt(Banner::position).max().orElse(0) + 1;
	}

	/**
	 * Fails unless the actor may change banners: editors and administrators may.
	 * @param actor who asks
	 * @throws ForbiddenException when they may not
	 */
	public void checkCanEdit(Actor actor) {
		if (actor == null || !actor.isEditor()) {
			throw new ForbiddenException("Only editors and administrators may change banners");
		}
	}

	/**
	 * Adds a banner after checking its image, link, language and window.
	 * @param banner the banner; its id is ignored
	 * @param actor who adds it
	 * @return the stored banner
	 */
	@Transactional
	public Banner create(Banner banner, Actor actor) {
		checkCanEdit(actor);
		this.checks.check(banner);
		long id = this.repository.insert(banner, this.clock.instant());
		changed(actor, "banner.create", id, banner.title());
		return findById(id).orElseThrow();
	}

	/**
	 * Replaces a banner after the same checks as a new one.
	 * @param banner the banner with its id
	 * @param actor who changes it
	 * @return the stored banner
	 */
	@Transactional
	public Banner update(Banner banner, Actor actor) {
		checkCanEdit(actor);
		existing(banner.id());
		this.checks.check(banner);
		this.repository.update(banner);
		changed(actor, "banner.update", banner.id(), banner.title() + (banner.enabled() ? "" : " (off)"));
		return findById(banner.id()).orElseThrow();
	}

	@Transactional
	public void delete(long id, Actor actor) {
		checkCanEdit(actor);
		Banner banner = existing(id);
		this.repository.delete(id);
		changed(actor, "banner.delete", id, banner.title());
	}

	/**
	 * Swaps a banner with the one before or after it in the carousel; positions become 1,
	 * 2, 3, … on the way.
	 * @param id the banner
	 * @param up towards the start when {@code true}, towards the end otherwise
	 * @param actor who reorders
	 */
	@Transactional
	public void move(long id, boolean up, Actor actor) {
		checkCanEdit(actor);
		Banner banner = existing(id);
		List<Banner> order = new ArrayList<>(findAll());
		int index = order.indexOf(banner);
		int other = up ? index - 1 : index + 1;
		if (other < 0 || other >= order.size()) {
			return;
		}
		order.set(index, order.get(other));
		order.set(other, banner);
		for (int i = 0; i < order.size(); i++) {
			this.repository.updatePosition(order.get(i).id(), i + 1);
		}
		changed(actor, "banner.reorder", id, banner.title() + (up ? " up" : " down"));
	}

	private Banner existing(long id) {
		return findById(id).orElseThrow(() -> new NotFoundException("content.banner.notFound", String.valueOf(id)));
	}

	private void changed(Actor actor, String action, long id, String detail) {
		Caches.invalidateNowAndAfterCommit(this.cache);
		this.events.publishEvent(new Audited(actor, action, "banner:" + id, detail));
	}

}
