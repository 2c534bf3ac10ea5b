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
  /** Low hash bits left to binary search below one directory bucket. */
  private static final int BUCKET_SHIFT = 6;
  private static final int BUCKETS = 1 << (LandmarkHash.BITS - BUCKET_SHIFT);

  private long[] values;
  private int size;
  private boolean sorted;
  /*
   * Where each bucket of 64 consecutive hashes starts (bucket count + 1 entries, 256 KB), built
   * with the sort: a lookup then binary searches a run of ~20 postings instead of all of them,
   * which saves ~16 dependent cache misses per query landmark and speed.
   */
  private int[] directory;

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
    directory = null;
  }

  int size() {
    return size;
  }

  long get(int i) {
    return values[i];
  }

  /** Sorts the postings and builds the lookup directory; call before {@link #firstOf}. */
  void sort() {
    if (!sorted) {
      Arrays.sort(values, 0, size);
      sorted = true;
    }
    if (directory == null) {
      int[] d = new int[BUCKETS + 1];
      int bucket = 0;
      for (int i = 0; i < size; i++) {
        int b = hash(values[i]) >>> BUCKET_SHIFT;
        while (bucket <= b) {
          d[bucket++] = i;
        }
      }
      while (bucket <= BUCKETS) {
        d[bucket++] = size;
      }
      directory = d;
    }
  }

  /**
   * Index of the first posting with this hash or a greater one; {@link #sort} must have run
   * since the last {@link #add}.
   */
  int firstOf(int hash) {
    long key = (long) hash << HASH_SHIFT;
    int bucket = hash >>> BUCKET_SHIFT;
    int lo = directory[bucket];
    int hi = directory[bucket + 1];
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
