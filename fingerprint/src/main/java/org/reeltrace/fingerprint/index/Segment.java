package org.reeltrace.fingerprint.index;

import java.util.Arrays;

/**
 * An immutable multi-index over up to {@link #MAX_SIZE} hashes: the hashes and ids, plus one table per
 * substring of the {@link SubstringLayout}.
 *
 * <p>Contract of {@link #search}: calls {@code out} once for every stored hash within the radius, with
 * its id and distance, and for no other.
 */
final class Segment {
  /*
   * Table layout. A substring of s bits (23 or 24 here) is split into a bucket key of the top `hi` bits
   * and a remainder of l = s - hi bits. Each table is a counting sort of the segment by bucket key:
   * offsets[t][key]..offsets[t][key+1] delimit the bucket.
   *
   * Table 0 has no postings: the hashes themselves are stored in table-0 bucket order (a stable
   * counting sort of the input), so a table-0 bucket is a run of consecutive hashes, read sequentially
   * and checked in full. Every other table's bucket holds int entries, each the hash's position in
   * that order (ceil(log2 n) bits, 24 at most) above its l remainder bits (27-28 of the 32 bits at 10M
   * hashes); the remainder lets a probe reject most bucket members without touching the 32-byte hash
   * (a random memory access). Entries packed at exactly posBits + l bits (PackedInts) would save
   * 0.5 byte per table and hash, but made radius-31 queries ~30% slower at 1M hashes (~275 vs ~210 us
   * thread CPU; docs/benchmarks.md), so the tables keep whole ints.
   *
   * Ids are stored in position order as (id - smallest id), packed at the width of the largest
   * difference: 24 bits when ids are 0..n-1 for n <= 2^24, up to 64 for arbitrary ids.
   *
   * `hi` grows with the segment, floor(log2 n) - 3, so buckets hold 8-16 hashes, capped at 20 bits so
   * the offsets stay at 4 MiB per table (0.42 bytes per hash and table at 10M). A query probes, in each
   * table t, every bucket key within radius rho_t of the query's key (ProbeMasks) and accepts an entry when key
   * distance + remainder distance <= rho_t (Norouzi et al. [1] §4 choose the substring length near
   * log2(n) so that the probed buckets are neither mostly empty nor long).
   *
   * [1] M. Norouzi, A. Punjani, D. J. Fleet, "Fast Exact Search in Hamming Space with Multi-Index
   *     Hashing", IEEE TPAMI 36(6), 2014 (CVPR 2012).
   */

  /** Largest number of hashes in one segment: positions take at most 24 bits. */
  static final int MAX_SIZE = 1 << 24;

  private static final int MAX_BUCKET_BITS = 20;

  private final SubstringLayout layout;
  private final int size;
  /** The hashes, 4 words each, in table-0 bucket order. */
  private final long[] words;
  private final long idBase;
  /** Per position, id - idBase. */
  private final PackedInts ids;
  private final int bucketBits;
  private final int[][] offsets;
  /** Per table (null for table 0), the entries in bucket order. */
  private final int[][] entries;

  /**
   * Indexes the first {@code size} hashes of {@code words} (4 per hash) and {@code ids}; does not keep
   * or change either array.
   */
  Segment(SubstringLayout layout, long[] words, long[] ids, int size) {
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("segment size must be 1.." + MAX_SIZE + ", was " + size);
    }
    this.layout = layout;
    this.size = size;
    int log2 = 31 - Integer.numberOfLeadingZeros(size);
    this.bucketBits = Math.max(4, Math.min(Math.min(MAX_BUCKET_BITS, layout.minWidth()), log2 - 3));
    int posBits = PackedInts.widthFor(size - 1);
    if (posBits + layout.maxWidth() - bucketBits > 32) {
      throw new IllegalStateException("entries of " + size + " hashes do not fit 32 bits");
    }
    int m = layout.count();
    offsets = new int[m][];
    entries = new int[m][];

    int[] keys = new int[size];
    int rest0 = layout.width(0) - bucketBits;
    for (int i = 0; i < size; i++) {
      keys[i] = layout.substring(words, 4 * i, 0) >>> rest0;
    }
    int[] order = new int[size];
    offsets[0] = countingSort(keys, order);
    this.words = new long[4 * size];
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < size; i++) {
      min = Math.min(min, ids[i]);
      max = Math.max(max, ids[i]);
    }
    this.idBase = min;
    this.ids = new PackedInts(size, PackedInts.widthFor(max - min));
    for (int p = 0; p < size; p++) {
      int i = order[p];
      System.arraycopy(words, 4 * i, this.words, 4 * p, 4);
      this.ids.set(p, ids[i] - min);
    }
    for (int t = 1; t < m; t++) {
      buildTable(t, keys, order);
    }
  }

  /**
   * Fills {@code order} with the indexes 0..n-1 stably sorted by {@code keys} (each below
   * 2^bucketBits) and returns the bucket offsets.
   */
  private int[] countingSort(int[] keys, int[] order) {
    int[] off = new int[(1 << bucketBits) + 1];
    for (int i = 0; i < size; i++) {
      off[keys[i] + 1]++;
    }
    for (int k = 1; k < off.length; k++) {
      off[k] += off[k - 1];
    }
    int[] cursor = Arrays.copyOf(off, off.length - 1);
    for (int i = 0; i < size; i++) {
      order[cursor[keys[i]]++] = i;
    }
    return off;
  }

  /** Table {@code t} of the stored (sorted) hashes; {@code keys} and {@code order} are scratch space. */
  private void buildTable(int t, int[] keys, int[] order) {
    int rest = layout.width(t) - bucketBits;
    for (int p = 0; p < size; p++) {
      keys[p] = layout.substring(words, 4 * p, t) >>> rest;
    }
    offsets[t] = countingSort(keys, order);
    int restMask = (1 << rest) - 1;
    int[] ent = new int[size];
    for (int j = 0; j < size; j++) {
      int p = order[j];
      ent[j] = (p << rest) | (layout.substring(words, 4 * p, t) & restMask);
    }
    entries[t] = ent;
  }

  int size() {
    return size;
  }

  /** The hashes, 4 words each, in position order (table-0 bucket order); not to be modified. */
  long[] words() {
    return words;
  }

  long id(int position) {
    return idBase + ids.get(position);
  }

  /** The ids in position order (the order of {@link #words}), unpacked. */
  long[] ids() {
    long[] out = new long[size];
    for (int p = 0; p < size; p++) {
      out[p] = id(p);
    }
    return out;
  }

  /** Heap bytes of this segment's arrays, hashes and ids included (object headers excluded). */
  long bytes() {
    long b = 8L * words.length + ids.bytes();
    for (int t = 0; t < offsets.length; t++) {
      b += 4L * offsets[t].length + (entries[t] == null ? 0 : 4L * entries[t].length);
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
    if (radii[0] >= 0) {
      probeSorted(q, radius, radii[0], out);
    }
    for (int t = 1; t < radii.length; t++) {
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
   * A probe runs in passes: read all bucket bounds, then scan the buckets, then (tables 1..m-1) check
   * the candidates. At 10M hashes nearly every bucket and every candidate hash is a cache miss; passes
   * whose loads do not depend on each other let the CPU overlap those misses, which measured about
   * 1.5x faster than one interleaved loop.
   */

  /** Sets {@code from[i]..to[i]} to the bounds, in {@code off}, of bucket {@code qKey ^ masks[i]}. */
  private static void bucketBounds(int[] off, int qKey, int[] masks, int[] from, int[] to) {
    for (int i = 0; i < masks.length; i++) {
      int key = qKey ^ masks[i];
      from[i] = off[key];
      to[i] = off[key + 1];
    }
  }

  /** Table 0: its buckets are runs of the stored hashes, checked in full as they are read. */
  private void probeSorted(long[] q, int radius, int rho, HitConsumer out) {
    int qKey = layout.substring(q, 0, 0) >>> (layout.width(0) - bucketBits);
    int[] masks = ProbeMasks.upTo(bucketBits, rho);
    int[] from = new int[masks.length];
    int[] to = new int[masks.length];
    bucketBounds(offsets[0], qKey, masks, from, to);
    for (int i = 0; i < masks.length; i++) {
      for (int p = from[i], o = 4 * p, end = to[i]; p < end; p++, o += 4) {
        long x0 = words[o] ^ q[0];
        long x1 = words[o + 1] ^ q[1];
        long x2 = words[o + 2] ^ q[2];
        long x3 = words[o + 3] ^ q[3];
        int d = Long.bitCount(x0) + Long.bitCount(x1) + Long.bitCount(x2) + Long.bitCount(x3);
        if (d <= radius && layout.distance(0, x0, x1, x2, x3) <= rho) {
          out.accept(id(p), d);
        }
      }
    }
  }

  private void probe(long[] q, int t, int radius, int[] radii, HitConsumer out) {
    int rho = radii[t];
    int rest = layout.width(t) - bucketBits;
    int restMask = (1 << rest) - 1;
    int qv = layout.substring(q, 0, t);
    int qKey = qv >>> rest;
    int qRest = qv & restMask;
    int[] ent = entries[t];
    int[] masks = ProbeMasks.upTo(bucketBits, rho);
    int[] from = new int[masks.length];
    int[] to = new int[masks.length];
    bucketBounds(offsets[t], qKey, masks, from, to);
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

  /** Reports hash {@code pos} if within radius and table {@code t} is the first whose probe finds it. */
  private void check(long[] q, int pos, int t, int radius, int[] radii, HitConsumer out) {
    int o = 4 * pos;
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
    out.accept(id(pos), d);
  }

  private void scan(long[] q, int radius, HitConsumer out) {
    for (int p = 0, o = 0; p < size; p++, o += 4) {
      int d = Long.bitCount(words[o] ^ q[0]) + Long.bitCount(words[o + 1] ^ q[1])
          + Long.bitCount(words[o + 2] ^ q[2]) + Long.bitCount(words[o + 3] ^ q[3]);
      if (d <= radius) {
        out.accept(id(p), d);
      }
    }
  }
}
