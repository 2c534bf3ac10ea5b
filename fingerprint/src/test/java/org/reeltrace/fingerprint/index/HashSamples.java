package org.reeltrace.fingerprint.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/** Test data: random and clustered 256-bit hashes (4 words each), and the brute-force reference search. */
final class HashSamples {
  private HashSamples() {}

  static long[] random(SplittableRandom rnd) {
    return new long[] {rnd.nextLong(), rnd.nextLong(), rnd.nextLong(), rnd.nextLong()};
  }

  /** A copy of {@code h} with exactly {@code flips} distinct bits inverted. */
  static long[] flip(long[] h, int flips, SplittableRandom rnd) {
    long[] c = h.clone();
    int done = 0;
    while (done < flips) {
      int bit = rnd.nextInt(256);
      long m = 1L << (bit & 63);
      if (((c[bit >>> 6] ^ h[bit >>> 6]) & m) == 0) {
        c[bit >>> 6] ^= m;
        done++;
      }
    }
    return c;
  }

  /** Near-duplicates (0..maxFlips bits off) of a few random centres, like the frames of a few videos. */
  static List<long[]> clustered(int count, int centres, int maxFlips, SplittableRandom rnd) {
    List<long[]> cs = new ArrayList<>();
    for (int i = 0; i < centres; i++) {
      cs.add(random(rnd));
    }
    List<long[]> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(flip(cs.get(rnd.nextInt(centres)), rnd.nextInt(maxFlips + 1), rnd));
    }
    return out;
  }

  static List<long[]> random(int count, SplittableRandom rnd) {
    List<long[]> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(random(rnd));
    }
    return out;
  }

  static int distance(long[] a, long[] b) {
    int d = 0;
    for (int k = 0; k < 4; k++) {
      d += Long.bitCount(a[k] ^ b[k]);
    }
    return d;
  }

  /** Hits of the brute-force search; hash {@code i} of {@code stored} has id {@code i}. */
  static List<Hit> bruteForce(List<long[]> stored, long[] q, int radius) {
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < stored.size(); i++) {
      int d = distance(stored.get(i), q);
      if (d <= radius) {
        hits.add(new Hit(i, d));
      }
    }
    hits.sort(Comparator.comparingInt(Hit::distance).thenComparingLong(Hit::id));
    return hits;
  }

  static List<Hit> sorted(List<Hit> hits) {
    List<Hit> s = new ArrayList<>(hits);
    s.sort(Comparator.comparingInt(Hit::distance).thenComparingLong(Hit::id));
    return s;
  }

  /** Queries: near-duplicates of stored hashes (0..40 bits off) and fresh random hashes. */
  static List<long[]> queries(List<long[]> stored, int count, SplittableRandom rnd) {
    List<long[]> qs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (stored.isEmpty() || rnd.nextInt(4) == 0) {
        qs.add(random(rnd));
      } else {
        qs.add(flip(stored.get(rnd.nextInt(stored.size())), rnd.nextInt(41), rnd));
      }
    }
    return qs;
  }
}
