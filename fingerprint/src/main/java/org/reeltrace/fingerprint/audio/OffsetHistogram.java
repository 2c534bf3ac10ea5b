package org.reeltrace.fingerprint.audio;

import java.util.Arrays;

/**
 * Vote counts per (track, time offset) in an open-addressing hash table of primitive longs, so
 * that counting the millions of chance hits a large index produces does not box every vote.
 */
final class OffsetHistogram {
  private static final long EMPTY = Long.MIN_VALUE;
  private static final int OFFSET_BIAS = 1 << 30;

  private long[] keys = new long[1024];
  private int[] counts = new int[1024];
  private int size;

  OffsetHistogram() {
    Arrays.fill(keys, EMPTY);
  }

  void vote(int track, int offset) {
    long key = key(track, offset);
    int i = slot(keys, key);
    if (keys[i] == EMPTY) {
      keys[i] = key;
      if (++size * 2 > keys.length) {
        grow();
      }
      i = slot(keys, key);
    }
    counts[i]++;
  }

  /** Forgets every vote, keeping the table's capacity for the next use. */
  void clear() {
    Arrays.fill(keys, EMPTY);
    Arrays.fill(counts, 0);
    size = 0;
  }

  /** Slots are numbered 0..capacity()-1; only occupied ones hold a (track, offset) count. */
  int capacity() {
    return keys.length;
  }

  boolean occupied(int slot) {
    return keys[slot] != EMPTY;
  }

  int trackAt(int slot) {
    return (int) (keys[slot] >>> 32);
  }

  int offsetAt(int slot) {
    return (int) (keys[slot] & 0xffffffffL) - OFFSET_BIAS;
  }

  int countAt(int slot) {
    return counts[slot];
  }

  int count(int track, int offset) {
    int i = slot(keys, key(track, offset));
    return keys[i] == EMPTY ? 0 : counts[i];
  }

  interface Visitor {
    void visit(int track, int offset, int votes);
  }

  void forEach(Visitor visitor) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        visitor.visit((int) (keys[i] >>> 32), (int) (keys[i] & 0xffffffffL) - OFFSET_BIAS,
            counts[i]);
      }
    }
  }

  private static long key(int track, int offset) {
    return ((long) track << 32) | (offset + OFFSET_BIAS);
  }

  private static int slot(long[] table, long key) {
    int mask = table.length - 1;
    int i = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
    while (table[i] != EMPTY && table[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new int[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int j = slot(keys, oldKeys[i]);
        keys[j] = oldKeys[i];
        counts[j] = oldCounts[i];
      }
    }
  }
}
