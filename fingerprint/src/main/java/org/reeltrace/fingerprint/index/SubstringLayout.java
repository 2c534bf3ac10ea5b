package org.reeltrace.fingerprint.index;

/**
 * How the 256 bits of a hash are cut into {@code m} disjoint, contiguous substrings, and how a search
 * radius is shared out among them.
 *
 * <p>Bit {@code i} of a hash is bit {@code i % 64} of word {@code i / 64}. The first {@code 256 % m}
 * substrings are one bit wider than the others.
 */
final class SubstringLayout {
  static final int BITS = 256;

  private final int[] start;
  private final int[] width;
  /** Per substring, the four words of a mask selecting its bits. */
  private final long[][] masks;

  SubstringLayout(int m) {
    if (m < 1 || m > 64) {
      throw new IllegalArgumentException("substring count must be 1..64, was " + m);
    }
    start = new int[m];
    width = new int[m];
    masks = new long[m][4];
    int pos = 0;
    for (int t = 0; t < m; t++) {
      start[t] = pos;
      width[t] = BITS / m + (t < BITS % m ? 1 : 0);
      for (int i = pos; i < pos + width[t]; i++) {
        masks[t][i >>> 6] |= 1L << (i & 63);
      }
      pos += width[t];
    }
  }

  int count() {
    return start.length;
  }

  int width(int t) {
    return width[t];
  }

  int maxWidth() {
    return width[0];
  }

  int minWidth() {
    return width[width.length - 1];
  }

  /** The bits of substring {@code t} (at most 32 bits wide) of the hash at {@code words[off..off+3]}. */
  int substring(long[] words, int off, int t) {
    int s = start[t];
    int w = s >>> 6;
    int b = s & 63;
    long v = words[off + w] >>> b;
    if (b + width[t] > 64) {
      v |= words[off + w + 1] << (64 - b);
    }
    return (int) (v & ((1L << width[t]) - 1));
  }

  /** Hamming distance within substring {@code t} of two hashes whose XOR is {@code x0..x3}. */
  int distance(int t, long x0, long x1, long x2, long x3) {
    long[] k = masks[t];
    return Long.bitCount(x0 & k[0]) + Long.bitCount(x1 & k[1])
        + Long.bitCount(x2 & k[2]) + Long.bitCount(x3 & k[3]);
  }

  /**
   * The radius to search in each substring so that every hash within {@code radius} of the query is
   * found in at least one: with {@code radius = m*q + a}, {@code 0 <= a < m}, the first {@code a + 1}
   * substrings get {@code q} and the rest {@code q - 1} (-1 meaning: skip the substring). Were every
   * substring outside its radius, the total distance would be at least
   * {@code (a+1)(q+1) + (m-a-1)q = radius + 1}.
   */
  int[] radii(int radius) {
    int m = count();
    int q = radius / m;
    int a = radius % m;
    int[] r = new int[m];
    for (int t = 0; t < m; t++) {
      r[t] = t <= a ? q : q - 1;
    }
    return r;
  }
}
