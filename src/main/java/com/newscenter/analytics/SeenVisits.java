package com.newscenter.analytics;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Remembers which visitor viewed which article inside the dedup window in arrays of
 * 16-byte hashed entries instead of one cache entry object per visit (about 160 bytes): a
 * flood of new visitors, real or sent by a script with made-up cookies, filled a 256 MB
 * heap and stopped the site before.
 *
 * <p>
 * The visits are spread over segments, each locked on its own. A segment writes into its
 * current table and keeps the one before it; a table is current for at most one window,
 * so a visit older than two windows is gone without any sweeping. A full current table
 * also moves on, forgetting the oldest visits first. A visit is known by a 96-bit hash of
 * article and visitor (and 6 more bits in the choice of segment), seeded at random on
 * start so that nobody can craft two visitors that look alike.
 */
final class SeenVisits {

	private static final int SEGMENTS = 64;

	/** Returned by {@link #visit} for a repeat visit. */
	static final long REPEAT = -1;

	private final long window;

	private final int maxPerTable;

	private final LongSupplier millis;

	private final long seedA;

	private final long seedB;

	private final Segment[] segments = new Segment[SEGMENTS];

	/**
	 * Creates the record of visits.
	 * @param window how long a visit is remembered; under 49 days, as a visit's time is
	 * kept in 32 bits of milliseconds
	 * @param maxVisits how many visits are remembered at most
	 * @param millis the current time in milliseconds
	 */
	SeenVisits(Duration window, long maxVisits, LongSupplier millis) {
		if (window.isNegative() || window.isZero() || window.toMillis() >= VisitTable.REMOVED) {
			throw new IllegalArgumentException("newscenter.views.dedup-window must be longer than 0 and under 49 days");
		}
		this.window = window.toMillis();
		this.maxPerTable = (int) Math.max(VisitTable.FIRST_CAPACITY, Math.min(1 << 28, maxVisits / SEGMENTS / 2));
		this.millis = millis;
		SecureRandom random = new SecureRandom();
		this.seedA = random.nextLong();
		this.seedB = random.nextLong();
		long now = millis.getAsLong();
		for (int i = 0; i < SEGMENTS; i++) {
			this.segments[i] = new Segment(now);
		}
	}

	/**
	 * Records a visit unless it was seen inside the window, under one key or the other.
	 * @param articleId the article
	 * @param key the visitor
	 * @param alias a second key of the same visitor, or {@code null}
	 * @param onFirst run for a visit not seen before, while the visit cannot yet be seen
	 * as a repeat, so that a repeat visit finds its effect done
	 * @return what {@code onFirst} returned, or {@link #REPEAT}
	 */
	long visit(long articleId, String key, String alias, LongSupplier onFirst) {
		long a1 = hashA(articleId, key);
		long b1 = hashB(articleId, key);
		if (alias == null) {
			Segment segment = segmentOf(b1);
			synchronized (segment) {
				long now = segment.advance(this.millis.getAsLong());
				return segment.add(a1, b1, now) ? onFirst.getAsLong() : REPEAT;
			}
		}
		long a2 = hashA(articleId, alias);
		long b2 = hashB(articleId, alias);
		Segment byKey = segmentOf(b1);
		Segment byAlias = segmentOf(b2);
		// both locks, always taken in the same order
		Segment first = (segmentIndex(b1) <= segmentIndex(b2)) ? byKey : byAlias;
		Segment second = (first == byKey) ? byAlias : byKey;
		synchronized (first) {
			synchronized (second) {
				long now = this.millis.getAsLong();
				byKey.advance(now);
				byAlias.advance(now);
				boolean newByKey = byKey.add(a1, b1, now);
				boolean newByAlias = byAlias.add(a2, b2, now);
				return (newByKey && newByAlias) ? onFirst.getAsLong() : REPEAT;
			}
		}
	}

	/**
	 * Forgets a visit, so the visitor's next view of the article counts.
	 * @param articleId the article
	 * @param key the visitor
	 */
	void forget(long articleId, String key) {
		long b = hashB(articleId, key);
		Segment segment = segmentOf(b);
		synchronized (segment) {
			segment.remove(hashA(articleId, key), b);
		}
	}

	/**
	 * Returns how many bytes the remembered visits take, for tests and metrics.
	 * @return the size of all tables
	 */
	long footprint() {
		long bytes = 0;
		for (Segment segment : this.segments) {
			synchronized (segment) {
				bytes += segment.footprint();
			}
		}
		return bytes;
	}

	private Segment segmentOf(long b) {
		return this.segments[segmentIndex(b)];
	}

	/** From the low bits of the second hash, which the tables do not keep. */
	private static int segmentIndex(long b) {
		return (int) b & (SEGMENTS - 1);
	}

	private long hashA(long articleId, String key) {
		long h = mix(this.seedA ^ articleId * 0x9E37_79B9_7F4A_7C15L);
		for (int i = 0; i < key.length(); i++) {
			h = Long.rotateLeft((h ^ key.charAt(i)) * 0xFF51_AFD7_ED55_8CCDL, 29);
		}
		h = mix(h ^ key.length());
		// zero marks a free slot
		return (h != 0) ? h : 1;
	}

	private long hashB(long articleId, String key) {
		long h = mix(this.seedB ^ articleId * 0xC2B2_AE3D_27D4_EB4FL);
		for (int i = 0; i < key.length(); i++) {
			h = Long.rotateLeft((h ^ key.charAt(i)) * 0xC4CE_B9FE_1A85_EC53L, 31);
		}
		return mix(h ^ key.length());
	}

	/** MurmurHash3's 64-bit finaliser. */
	private static long mix(long value) {
		long h = value;
		h ^= h >>> 33;
		h *= 0xFF51_AFD7_ED55_8CCDL;
		h ^= h >>> 33;
		h *= 0xC4CE_B9FE_1A85_EC53L;
		h ^= h >>> 33;
		return h;
	}

	/** The visits of one lock: the current table and the one before it. */
	private final class Segment {

		private VisitTable current;

		private VisitTable previous;

		Segment(long now) {
			this.current = new VisitTable(now);
			this.previous = new VisitTable(now);
		}

		/**
		 * Moves on to a new table once the current one is a window old, forgetting both
		 * tables once it is two windows old.
		 * @return the time
		 */
		long advance(long now) {
			long age = now - this.current.start();
			if (age >= 2 * SeenVisits.this.window) {
				this.previous.clear(now);
				this.current.clear(now);
			}
			else if (age >= SeenVisits.this.window) {
				rotate(now);
			}
			return now;
		}

		/**
		 * Adds a visit unless it is in either table and inside the window.
		 * @return whether it was added
		 */
		boolean add(long a, long b, long now) {
			if (this.current.seen(a, b, now, SeenVisits.this.window)
					|| this.previous.seen(a, b, now, SeenVisits.this.window)) {
				return false;
			}
			if (this.current.size() >= SeenVisits.this.maxPerTable && !this.current.has(a, b)) {
				rotate(now);
			}
			this.current.put(a, b, now);
			return true;
		}

		void remove(long a, long b) {
			this.current.remove(a, b);
			this.previous.remove(a, b);
		}

		long footprint() {
			return this.current.footprint() + this.previous.footprint();
		}

		private void rotate(long now) {
			VisitTable emptied = this.previous;
			this.previous = this.current;
			emptied.clear(now);
			this.current = emptied;
		}

	}

}
