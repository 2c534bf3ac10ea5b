package org.reeltrace.fingerprint.index;

import java.util.concurrent.ConcurrentHashMap;

/**
 * All bit masks of a given width with at most a given number of set bits, in order of weight: XOR-ed
 * with a bucket key they enumerate the Hamming ball of buckets to probe. Lists are shared (read-only)
 * because the same few (width, weight) pairs serve every query.
 */
final class ProbeMasks {
  private static final ConcurrentHashMap<Integer, int[]> CACHE = new ConcurrentHashMap<>();

  private ProbeMasks() {}

  /** Number of masks of {@code bits} bits with weight at most {@code maxWeight}. */
  static long count(int bits, int maxWeight) {
    long total = 0;
    long c = 1; // C(bits, k)
    for (int k = 0; k <= Math.min(maxWeight, bits); k++) {
      total += c;
      c = c * (bits - k) / (k + 1);
    }
    return total;
  }

  /** The masks of {@code bits} bits (at most 30) with weight 0..{@code maxWeight}, lightest first. */
  static int[] upTo(int bits, int maxWeight) {
    int w = Math.min(maxWeight, bits);
    return CACHE.computeIfAbsent(bits * 64 + w, key -> build(bits, w));
  }

  private static int[] build(int bits, int maxWeight) {
    int[] out = new int[Math.toIntExact(count(bits, maxWeight))];
    int n = 0;
    long limit = 1L << bits;
    for (int k = 0; k <= maxWeight; k++) {
      long v = (1L << k) - 1;
      while (v < limit) {
        out[n++] = (int) v;
        if (v == 0) {
          break;
        }
        long c = v & -v; // Gosper's hack: the next larger value with the same weight
        long r = v + c;
        v = (((r ^ v) >>> 2) / c) | r;
      }
    }
    return out;
  }
}
