package com.newscenter.analytics;

import java.util.Arrays;

/**
 * One table of {@link SeenVisits}: an open-addressing hash table of visits, two longs
 * each, 64 bits of one hash, then 32 bits of the other with the visit's offset from the
 * table's start. Not thread-safe: its segment's lock guards it.
 */
final class VisitTable {

	/** Slots of a new table; a cleared one keeps the slots it grew to. */
	static final int FIRST_CAPACITY = 16;

	/** Offset of a visit taken back: the visit counts as not seen. */
	static final long REMOVED = 0xFFFF_FFFFL;

	private long[] slots = new long[2 * FIRST_CAPACITY];

	private int size;

	private long start;

	VisitTable(long start) {
		this.start = start;
	}

	boolean seen(long a, long b, long now, long window) {
		int index = find(a, b);
		if (index < 0) {
			return false;
		}
		long offset = this.slots[index + 1] & REMOVED;
		return offset != REMOVED && now - (this.start + offset) < window;
	}

	int size() {
		return this.size;
	}

	/** When this table began: its visits' times are offsets from it. */
	long start() {
		return this.start;
	}

	boolean has(long a, long b) {
		return find(a, b) >= 0;
	}

	void put(long a, long b, long now) {
		long word = (b & ~REMOVED) | Math.min(Math.max(now - this.start, 0), REMOVED - 1);
		int index = find(a, b);
		if (index >= 0) {
			this.slots[index + 1] = word;
			return;
		}
		if ((this.size + 1) * 4L > capacity() * 3L) {
			grow();
		}
		index = freeSlot(a);
		this.slots[index] = a;
		this.slots[index + 1] = word;
		this.size++;
	}

	void remove(long a, long b) {
		int index = find(a, b);
		if (index >= 0) {
			this.slots[index + 1] |= REMOVED;
		}
	}

	void clear(long now) {
		Arrays.fill(this.slots, 0);
		this.size = 0;
		this.start = now;
	}

	long footprint() {
		return 8L * this.slots.length;
	}

	private int capacity() {
		return this.slots.length / 2;
	}

	private int find(long a, long b) {
		int mask = capacity() - 1;
		for (int i = (int) a & mask;; i = (i + 1) & mask) {
			long stored = this.slots[2 * i];
			if (stored == 0) {
				return -1;
			}
			if (stored == a && ((this.slots[2 * i + 1] ^ b) & ~REMOVED) == 0) {
				return 2 * i;
			}
		}
	}

	private int freeSlot(long a) {
		int mask = capacity() - 1;
		int i = (int) a & mask;
		while (this.slots[2 * i] != 0) {
			i = (i + 1) & mask;
		}
		return 2 * i;
	}

	private void grow() {
		long[] old = this.slots;
		this.slots = new long[old.length * 2];
		for (int i = 0; i < old.length; i += 2) {
			if (old[i] != 0) {
				int index = freeSlot(old[i]);
				this.slots[index] = old[i];
				this.slots[index + 1] = old[i + 1];
			}
		}
	}

}
