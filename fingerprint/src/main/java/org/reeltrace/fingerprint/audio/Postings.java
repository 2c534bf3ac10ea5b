package org.reeltrace.fingerprint.audio;

import java.util.Arrays;

/**
 * The inverted index proper: one {@code long} per landmark occurrence, packing hash (22 bits,
 * most significant), track number (20 bits) and anchor frame (21 bits), kept sorted so that the
 * postings of one hash are a contiguous run found by binary search. Sorting packed longs instead
 * of building a hash map of lists keeps the index at 8 bytes per landmark in memory and on disk.
 */
final class Postings {
  static final int TRACK_BITS = 20;
  static final int FRAME_BITS = 21;
  static final int MAX_TRACKS = 1 << TRACK_BITS;
  static final int MAX_FRAME = (1 << FRAME_BITS) - 1;
  private static final int HASH_SHIFT = TRACK_BITS + FRAME_BITS;

  private long[] values;
  private int size;
  private boolean sorted;

  Postings(long[] values, int size, boolean sorted) {
    this.values = values;
    this.size = size;
    this.sorted = sorted;
  }

  static long pack(int hash, int track, int frame) {
    return ((long) hash << HASH_SHIFT) | ((long) track << FRAME_BITS) | frame;
  }

  static int hash(long posting) {
    return (int) (posting >>> HASH_SHIFT);
  }

  static int track(long posting) {
    return (int) (posting >>> FRAME_BITS) & (MAX_TRACKS - 1);
  }

  static int frame(long posting) {
    return (int) posting & MAX_FRAME;
  }

  void add(long posting) {
    if (size == values.length) {
      values = Arrays.copyOf(values, Math.max(16, values.length * 2));
    }
    values[size++] = posting;
    sorted = false;
  }

  int size() {
    return size;
  }

  long get(int i) {
    return values[i];
  }

  void sort() {
    if (!sorted) {
      Arrays.sort(values, 0, size);
      sorted = true;
    }
  }

  /** Index of the first posting with this hash or a greater one; postings must be sorted. */
  int firstOf(int hash) {
    long key = (long) hash << HASH_SHIFT;
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (values[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
