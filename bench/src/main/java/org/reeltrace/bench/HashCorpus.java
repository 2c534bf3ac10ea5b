package org.reeltrace.bench;

import java.util.SplittableRandom;

/**
 * The stored hashes and queries of the multi-index benchmarks, from a fixed seed.
 *
 * <p>Stored hashes are either uniformly random ({@code random}), or near-duplicates (0..16 bits off) of
 * random centres, 100 per centre, like the frames of short videos ({@code clustered}). Queries are
 * half near-duplicates (0..{@code radius} bits off) of stored hashes, half fresh random hashes.
 *
 * @param stored  4 words per stored hash
 * @param queries 4 words per query
 */
record HashCorpus(long[] stored, long[] queries) {
  static final long SEED = 20261125;

  static HashCorpus generate(int size, String data, int queryCount, int radius) {
    if (!data.equals("random") && !data.equals("clustered")) {
      throw new IllegalArgumentException("data must be random or clustered, was " + data);
    }
    SplittableRandom rnd = new SplittableRandom(SEED);
    long[] stored = new long[4 * size];
    if (data.equals("random")) {
      for (int i = 0; i < stored.length; i++) {
        stored[i] = rnd.nextLong();
      }
    } else {
      long[] centre = new long[4];
      for (int i = 0; i < size; i++) {
        if (i % 100 == 0) {
          for (int k = 0; k < 4; k++) {
            centre[k] = rnd.nextLong();
          }
        }
        System.arraycopy(centre, 0, stored, 4 * i, 4);
        flip(stored, 4 * i, rnd.nextInt(17), rnd);
      }
    }
    long[] queries = new long[4 * queryCount];
    for (int q = 0; q < queryCount; q++) {
      if (q % 2 == 0) {
        System.arraycopy(stored, 4 * rnd.nextInt(size), queries, 4 * q, 4);
        flip(queries, 4 * q, rnd.nextInt(radius + 1), rnd);
      } else {
        for (int k = 0; k < 4; k++) {
          queries[4 * q + k] = rnd.nextLong();
        }
      }
    }
    return new HashCorpus(stored, queries);
  }

  int size() {
    return stored.length / 4;
  }

  /** The number of stored hashes within {@code radius} of query {@code q}, by scanning them all. */
  int bruteForceCount(int q, int radius) {
    int o = 4 * q;
    long q0 = queries[o];
    long q1 = queries[o + 1];
    long q2 = queries[o + 2];
    long q3 = queries[o + 3];
    long[] s = stored;
    int n = 0;
    for (int i = 0; i < s.length; i += 4) {
      int d = Long.bitCount(s[i] ^ q0) + Long.bitCount(s[i + 1] ^ q1)
          + Long.bitCount(s[i + 2] ^ q2) + Long.bitCount(s[i + 3] ^ q3);
      if (d <= radius) {
        n++;
      }
    }
    return n;
  }

  /** Flips {@code bits} distinct random bits of the hash at {@code words[off..off+3]}. */
  private static void flip(long[] words, int off, int bits, SplittableRandom rnd) {
    long[] orig = {words[off], words[off + 1], words[off + 2], words[off + 3]};
    int done = 0;
    while (done < bits) {
      int b = rnd.nextInt(256);
      long m = 1L << (b & 63);
      if (((words[off + (b >>> 6)] ^ orig[b >>> 6]) & m) == 0) {
        words[off + (b >>> 6)] ^= m;
        done++;
      }
    }
  }
}
