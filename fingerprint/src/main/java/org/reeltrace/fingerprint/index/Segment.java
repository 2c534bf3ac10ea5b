package org.reeltrace.fingerprint.index;

import java.util.Arrays;

/**
 * An immutable multi-index over up to {@link #MAX_SIZE} hashes: the hashes and ids in insertion order,
 * plus one table per substring of the {@link SubstringLayout}.
 *
 * <p>Contract of {@link #search}: calls {@code out} once for every stored hash within the radius, with
 * its id and distance, and for no other.
 */
final class Segment {
  /*
   * Table layout. A substring of s bits (23 or 24 here) is split into a bucket key of the top `hi` bits
   * and a remainder of l = s - hi bits. Each table is a counting-sort of the segment by bucket key:
   * offsets[key]..offsets[key+1] delimit the bucket in `entries`, and each entry packs the hash's
   * ordinal in the segment above its l remainder bits into one int. The remainder lets a probe reject
   * most bucket members without touching the 32-byte hash (a random memory access); only the
   * survivors are loaded and checked in full.
   *
   * `hi` grows with the segment, log2(n) - 3, so buckets hold about 8 hashes (Norouzi et al. [1] §4
   * choose the substring length near log2(n) for the same reason: buckets neither mostly empty nor
   * long), capped at 20 bits so the offsets stay at 4 MiB per table; 32 - l bits of ordinal then always
   * suffice for n hashes. A query probes, in each table t, every bucket key within radius rho_t of the
   * query's key (ProbeMasks) and accepts an entry when key distance + remainder distance <= rho_t.
   *
   * [1] M. Norouzi, A. Punjani, D. J. Fleet, "Fast Exact Search in Hamming Space with Multi-Index
   *     Hashing", IEEE TPAMI 36(6), 2014 (CVPR 2012).
   */

  /** Largest number of hashes in one segment, bounded by the 32-bit packed entries. */
  static final int MAX_SIZE = 1 << 24;

  private static final int MAX_BUCKET_BITS = 20;

  private final SubstringLayout layout;
  private final int size;
  private final long[] words;
  private final long[] ids;
  private final int bucketBits;
  private final int[][] offsets;
  private final int[][] entries;

  /** Indexes the first {@code size} hashes of {@code words} (4 per hash) and {@code ids}; keeps both arrays. */
  Segment(SubstringLayout layout, long[] words, long[] ids, int size) {
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("segment size must be 1.." + MAX_SIZE + ", was " + size);
    }
    this.layout = layout;
    this.size = size;
    this.words = words;
    this.ids = ids;
    int log2 = 31 - Integer.numberOfLeadingZeros(size);
    this.bucketBits = Math.max(4, Math.min(Math.min(MAX_BUCKET_BITS, layout.minWidth()), log2 - 3));
    if (size > 1L << (32 - (layout.maxWidth() - bucketBits))) {
      throw new IllegalArgumentException("segment of " + size + " hashes does not fit the packed entries");
    }
    int m = layout.count();
    offsets = new int[m][];
    entries = new int[m][];
    int[] cursor = new int[1 << bucketBits];
    for (int t = 0; t < m; t++) {
      buildTable(t, cursor);
    }
  }

  private void buildTable(int t, int[] cursor) {
    int rest = layout.width(t) - bucketBits;
    int restMask = (1 << rest) - 1;
    int[] off = new int[(1 << bucketBits) + 1];
    for (int i = 0; i < size; i++) {
      off[(layout.substring(words, 4 * i, t) >>> rest) + 1]++;
    }
    for (int k = 1; k < off.length; k++) {
      off[k] += off[k - 1];
    }
    System.arraycopy(off, 0, cursor, 0, cursor.length);
    int[] ent = new int[size];
    for (int i = 0; i < size; i++) {
      int v = layout.substring(words, 4 * i, t);
      ent[cursor[v >>> rest]++] = (i << rest) | (v & restMask);
    }
    offsets[t] = off;
    entries[t] = ent;
  }

  int size() {
    return size;
  }

  long[] words() {
    return words;
  }

  long[] ids() {
    return ids;
  }

  /** Approximate heap bytes of this segment's arrays, hashes and ids included. */
  long bytes() {
    long b = 8L * words.length + 8L * ids.length;
    for (int t = 0; t < offsets.length; t++) {
      b += 4L * offsets[t].length + 4L * entries[t].length;
    }
    return b;
  }

  void search(long[] q, int radius, int[] radii, HitConsumer out) {
    if (probeCost(radii) >= size) {
      scan(q, radius, out);
    } else {
      probeAll(q, radius, radii, out);
    }
  }

  /** Like {@link #search} but always through the tables, however small the segment (for tests). */
  void probeAll(long[] q, int radius, int[] radii, HitConsumer out) {
    for (int t = 0; t < radii.length; t++) {
      if (radii[t] >= 0) {
        probe(q, t, radius, radii, out);
      }
    }
  }

  private long probeCost(int[] radii) {
    long perBucket = 2 + (size >>> bucketBits);
    long cost = 0;
    for (int r : radii) {
      if (r >= 0) {
        cost += ProbeMasks.count(bucketBits, r) * perBucket;
      }
    }
    return cost;
  }

  /*
   * A probe runs in three passes: read all bucket bounds, then scan the buckets collecting candidate
   * ordinals, then check the candidates. At 10M hashes nearly every bucket and every candidate hash is
   * a cache miss; passes whose loads do not depend on each other let the CPU overlap those misses,
   * which measured about 1.5x faster than one interleaved loop.
   */
  private void probe(long[] q, int t, int radius, int[] radii, HitConsumer out) {
    int rho = radii[t];
    int rest = layout.width(t) - bucketBits;
    int restMask = (1 << rest) - 1;
    int qv = layout.substring(q, 0, t);
    int qKey = qv >>> rest;
    int qRest = qv & restMask;
    int[] off = offsets[t];
    int[] ent = entries[t];
    int[] masks = ProbeMasks.upTo(bucketBits, rho);
    int[] from = new int[masks.length];
    int[] to = new int[masks.length];
    for (int i = 0; i < masks.length; i++) {
      int key = qKey ^ masks[i];
      from[i] = off[key];
      to[i] = off[key + 1];
    }
    int[] candidates = new int[64];
    int n = 0;
    for (int i = 0; i < masks.length; i++) {
      int budget = rho - Integer.bitCount(masks[i]);
      for (int j = from[i], end = to[i]; j < end; j++) {
        int e = ent[j];
        if (Integer.bitCount((e ^ qRest) & restMask) <= budget) {
          if (n == candidates.length) {
            candidates = Arrays.copyOf(candidates, 2 * n);
          }
          candidates[n++] = e >>> rest;
        }
      }
    }
    for (int c = 0; c < n; c++) {
      check(q, candidates[c], t, radius, radii, out);
    }
  }

  /** Reports hash {@code ord} if within radius and table {@code t} is the first whose probe finds it. */
  private void check(long[] q, int ord, int t, int radius, int[] radii, HitConsumer out) {
    int o = 4 * ord;
    long x0 = words[o] ^ q[0];
    long x1 = words[o + 1] ^ q[1];
    long x2 = words[o + 2] ^ q[2];
    long x3 = words[o + 3] ^ q[3];
    int d = Long.bitCount(x0) + Long.bitCount(x1) + Long.bitCount(x2) + Long.bitCount(x3);
    if (d > radius) {
      return;
    }
    for (int u = 0; u < t; u++) {
      if (radii[u] >= 0 && layout.distance(u, x0, x1, x2, x3) <= radii[u]) {
        return; // found, and reported, by table u
      }
    }
    out.accept(ids[ord], d);
  }

  private void scan(long[] q, int radius, HitConsumer out) {
    for (int i = 0, o = 0; i < size; i++, o += 4) {
      int d = Long.bitCount(words[o] ^ q[0]) + Long.bitCount(words[o + 1] ^ q[1])
          + Long.bitCount(words[o + 2] ^ q[2]) + Long.bitCount(words[o + 3] ^ q[3]);
      if (d <= radius) {
        out.accept(ids[i], d);
      }
    }
  }
}
