package com.newscenter.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import com.newscenter.system.Databases;
import com.newscenter.system.NewsCenterProperties;
import com.newscenter.system.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dedup window shared by the nodes on PostgreSQL. Each node remembers who viewed what
 * ({@link SeenVisits}); behind a load balancer that spreads a reader's requests, a reload
 * on another node would count again. So every view a node counts also claims its
 * (visitor, article) pair in the database when the counts are written; a pair another
 * node claimed inside the window is refused, and the view is taken back. On the embedded
 * database, which one node uses alone, nothing is shared.
 */
@Component
class SharedVisits {

	private static final Logger logger = LoggerFactory.getLogger(SharedVisits.class);

	private final ViewClaimRepository repository;

	private final Duration window;

	private final long maxQueued;

	private final Clock clock;

	private final boolean enabled;

	private final Queue<Claim> claims = new ConcurrentLinkedQueue<>();

	private final Queue<Claim> released = new ConcurrentLinkedQueue<>();

	private final AtomicInteger queued = new AtomicInteger();

	SharedVisits(ViewClaimRepository repository, JdbcTemplate jdbc, NewsCenterProperties properties, Clock clock) {
		this.repository = repository;
		this.window = properties.views().dedupWindow();
		this.maxQueued = properties.views().maxTrackedVisits();
		this.clock = clock;
		this.enabled = Databases.isPostgres(jdbc);
	}

	/**
	 * Tells whether the nodes share their views here.
	 * @return {@code true} on PostgreSQL
	 */
	boolean isEnabled() {
		return this.enabled;
	}

	/**
	 * Notes a view this node counted, to be claimed with the next write.
	 * @param articleId the article
	 * @param visitorKey who viewed it
	 */
	void counted(long articleId, String visitorKey) {
		if (!this.enabled) {
			return;
		}
		if (this.queued.incrementAndGet() > this.maxQueued && this.claims.poll() != null) {
			// the database has been away for long: the oldest views count without a claim
			this.queued.decrementAndGet();
		}
		this.claims.add(new Claim(digest(visitorKey), articleId, this.clock.instant()));
	}

	/**
	 * Gives up the claim of a view this node took back, so the visitor's next view counts
	 * on any node.
	 * @param articleId the article
	 * @param visitorKey who viewed it
	 */
	void withdrawn(long articleId, String visitorKey) {
		if (this.enabled) {
			this.released.add(new Claim(digest(visitorKey), articleId, this.clock.instant()));
		}
	}

	/**
	 * Writes the claims noted so far and returns the refused ones, whose views another
	 * node counted inside the window; on failure they are kept for the next write.
	 * @return the articles of the refused views, one entry per view
	 */
	List<Long> settle() {
		if (!this.enabled) {
			return List.of();
		}
		List<Claim> releasing = drain(this.released);
		List<Claim> claiming = drain(this.claims);
		this.queued.addAndGet(-claiming.size());
		// a view taken back before its claim was written claims nothing and releases
		// nothing
		releasing.removeIf((release) -> claiming.removeIf(release::samePair));
		if (claiming.isEmpty() && releasing.isEmpty()) {
			return List.of();
		}
		claiming.sort(Comparator.comparing(Claim::visitor).thenComparingLong(Claim::articleId));
		try {
			List<Long> refused = new ArrayList<>();
			boolean[] accepted = this.repository.claim(claiming, this.window);
			for (int i = 0; i < accepted.length; i++) {
				if (!accepted[i]) {
					refused.add(claiming.get(i).articleId());
				}
			}
			this.repository.release(releasing);
			return refused;
		}
		catch (RuntimeException ex) {
			logger.warn("Could not share {} views with the other nodes, will retry: {}", claiming.size(),
					ex.getMessage());
			this.claims.addAll(claiming);
			this.queued.addAndGet(claiming.size());
			this.released.addAll(releasing);
			return List.of();
		}
	}

	/** Deletes the claims whose window has passed. */
	void forgetExpired() {
		if (this.enabled) {
			this.repository.deleteExpiredBefore(this.clock.instant());
		}
	}

	private static List<Claim> drain(Queue<Claim> queue) {
		List<Claim> drained = new ArrayList<>();
		for (Claim claim = queue.poll(); claim != null; claim = queue.poll()) {
			drained.add(claim);
		}
		return drained;
	}

	/** The visitor's id is not kept, only a digest of it. */
	private static String digest(String visitorKey) {
		byte[] hash = Sha256.digest(visitorKey);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
	}

	/**
	 * A view to claim.
	 *
	 * @param visitor the digest of who viewed
	 * @param articleId what they viewed
	 * @param at when
	 */
	record Claim(String visitor, long articleId, Instant at) {

		boolean samePair(Claim other) {
			return this.articleId == other.articleId && this.visitor.equals(other.visitor);
		}

	}

}
